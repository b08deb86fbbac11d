package io.github.overleafha.bindings.mongodbatlas;

/** The mongodbatlas provider plugin these bindings target. */
final class MongodbAtlasProvider {

    /** Kept equal to plugin.json and to the declarations the tests check against. */
    static final String VERSION = "4.16.0";

    private MongodbAtlasProvider() {
    }
}
