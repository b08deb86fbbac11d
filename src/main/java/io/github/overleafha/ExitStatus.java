package io.github.overleafha;

/**
 * Every exit status of the program and its commands, each outcome its own, so a script can tell them apart: the
 * one place they are defined (ExitStatusTest checks they are distinct and that the README's table lists each).
 * {@code 0}, {@code 1} and {@code 2} are the statuses scripts have relied on from the start.
 */
public enum ExitStatus {

    /** Done: a plan printed, a stack ready for {@code pulumi up}, digests pinned, help or version printed. */
    OK(0),
    /** The project or stack file cannot be read. */
    MISSING_FILES(1),
    /** The configuration fails validation (every problem printed). */
    INVALID_CONFIG(2),
    /** The program itself fails on the mock or preview engine (a defect: please report it). */
    PROGRAM_FAILED(3),
    /** The jar was built from other sources than the working tree's. */
    STALE_BUILD(4),
    /** {@code pin-images}: the registry refused, answered something unusable, or could not be reached. */
    REGISTRY_FAILED(5),
    /** {@code bin/overleaf-ha}: there is no jar to run (the launcher, a shell script, writes the number itself). */
    JAR_MISSING(6),
    /** No command, or a command line that cannot be read (sysexits.h's EX_USAGE). */
    USAGE(64),
    /** An error no command handles, printed with its stack trace (sysexits.h's EX_SOFTWARE). */
    UNHANDLED_ERROR(70),
    /** {@code bin/overleaf-ha}: there is no java to run the jar with (the shell's status for a command not found). */
    JAVA_MISSING(127);

    private final int code;

    ExitStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
