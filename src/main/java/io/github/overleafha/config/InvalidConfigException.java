package io.github.overleafha.config;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown before any resource is declared when the stack configuration has one or more problems. */
public final class InvalidConfigException extends RuntimeException {

    private final List<ConfigProblem> problems;

    public InvalidConfigException(List<ConfigProblem> problems) {
        super(render(problems));
        this.problems = List.copyOf(problems);
    }

    public List<ConfigProblem> problems() {
        return problems;
    }

    private static String render(List<ConfigProblem> problems) {
        return "The stack configuration has " + problems.size() + " problem(s); nothing was declared:\n"
                + problems.stream().map(p -> "  - " + p.describe()).collect(Collectors.joining("\n"));
    }
}
