package io.github.overleafha.infra.local;

import io.github.overleafha.core.ObjectStoreClient;
import io.github.overleafha.render.Commands;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MinIO setup script as the setup container runs it, with the environment {@link MinioStorage} gives it and a
 * stand-in for mc that records each call and answers as MinIO does: not up at first, and refusing to attach a
 * policy twice.
 */
class MinioSetupScriptTest {

    private static final String FAKE_MC = """
            #!/bin/sh
            echo "$*" >> "$STATE/calls"
            case "$1 $2 $3" in
              "admin info minio")
                [ -f "$STATE/up" ] || { touch "$STATE/up"; exit 1; } ;;
              "admin policy create")
                [ -f "$6" ] || { echo "mc: <ERROR> no policy file $6" >&2; exit 1; } ;;
              "admin policy attach")
                if [ -n "${REFUSE_ATTACH:-}" ]; then echo "mc: <ERROR> Access Denied." >&2; exit 1; fi
                if [ -f "$STATE/$5-$7" ]; then
                  echo "mc: <ERROR> Unable to attach: The specified policy change is already in effect." >&2
                  exit 1
                fi
                touch "$STATE/$5-$7" ;;
            esac
            """;

    @TempDir
    Path dir;
    private Path setupDir;
    private Path state;

    @BeforeEach
    void layOutTheSetupContainer() throws IOException {
        setupDir = Files.createDirectories(dir.resolve("overleaf-setup"));
        Files.writeString(setupDir.resolve("minio-setup.sh"), MinioStorage.setupScript());
        for (ObjectStoreClient client : ObjectStoreClient.values()) {
            Files.writeString(setupDir.resolve(MinioStorage.policyName(client) + ".json"), "{}");
        }
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.writeString(bin.resolve("mc"), FAKE_MC);
        assertThat(bin.resolve("mc").toFile().setExecutable(true)).isTrue();
        state = Files.createDirectories(dir.resolve("state"));
    }

    @Test
    void itWaitsForMinioThenCreatesBucketsUsersAndPolicies() throws IOException {
        Commands.Result first = run(Map.of());
        assertThat(first.exitCode()).as(first.stderr()).isZero();
        assertThat(calls()).containsExactly(
                "admin info minio",
                "admin info minio",
                "mb --ignore-existing minio/b-chunks",
                "mb --ignore-existing minio/b-user-files",
                "admin user add minio filestore filestore-secret",
                "admin policy create minio overleaf-filestore " + setupDir + "/overleaf-filestore.json",
                "admin policy attach minio overleaf-filestore --user filestore",
                "admin user add minio history history-secret",
                "admin policy create minio overleaf-history " + setupDir + "/overleaf-history.json",
                "admin policy attach minio overleaf-history --user history");
    }

    @Test
    void aSecondRunFindsTheWorkDoneAndSucceeds() {
        assertThat(run(Map.of()).exitCode()).isZero();
        Commands.Result second = run(Map.of());
        assertThat(second.exitCode()).as(second.stderr()).isZero();
    }

    @Test
    void anyOtherRefusalFailsTheSetup() {
        Commands.Result refused = run(Map.of("REFUSE_ATTACH", "1"));
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.stderr()).contains("Access Denied");
    }

    @Test
    void credentialsComeFromTheEnvironmentOnly() {
        String script = MinioStorage.setupScript();
        Set<String> secretVariables = Set.of(MinioStorage.ROOT_LOGIN_VARIABLE,
                MinioStorage.setupAccessKeyVariable(ObjectStoreClient.FILESTORE),
                MinioStorage.setupSecretKeyVariable(ObjectStoreClient.FILESTORE),
                MinioStorage.setupAccessKeyVariable(ObjectStoreClient.HISTORY),
                MinioStorage.setupSecretKeyVariable(ObjectStoreClient.HISTORY));
        assertThat(secretVariables).allSatisfy(variable -> assertThat(script).contains(variable));
        // mc finds the root login in MC_HOST_minio itself: the script never names it.
        assertThat(script).doesNotContain("$" + MinioStorage.ROOT_LOGIN_VARIABLE).doesNotContain("alias set");
    }

    @Test
    void shellcheckFindsNothing() {
        Commands.requireTool("shellcheck", "shellcheck");
        Commands.Result result = Commands.run(List.of("shellcheck", "minio-setup.sh"), setupDir, null);
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    /** Runs the script with the variables MinioStorage sets (with stand-in values) plus {@code extra}. */
    private Commands.Result run(Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("PATH", dir.resolve("bin") + ":" + env.get("PATH"));
        env.put("STATE", state.toString());
        env.put(MinioStorage.BUCKETS_VARIABLE, "b-chunks b-user-files");
        env.put(MinioStorage.ROOT_LOGIN_VARIABLE, "http://root:root-password@198.18.0.5:9000");
        for (ObjectStoreClient client : ObjectStoreClient.values()) {
            env.put(MinioStorage.setupAccessKeyVariable(client), client.id());
            env.put(MinioStorage.setupSecretKeyVariable(client), client.id() + "-secret");
        }
        env.putAll(extra);
        return Commands.run(List.of("sh", setupDir.resolve("minio-setup.sh").toString()), dir, env);
    }

    private List<String> calls() throws IOException {
        return Files.readAllLines(state.resolve("calls"));
    }
}
