package io.github.overleafha.bindings.random;

/** The random provider plugin these bindings target. */
final class RandomProvider {

    /** Kept equal to plugin.json and to the declarations the tests check against. */
    static final String VERSION = "4.21.2";

    private RandomProvider() {
    }
}
