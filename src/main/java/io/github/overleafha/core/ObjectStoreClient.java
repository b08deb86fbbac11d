package io.github.overleafha.core;

import java.util.List;
import java.util.Locale;

/**
 * Server Pro's two services that read and write the object store, each with its own credentials. On AWS both use
 * the nodes' role; on an S3-compatible store each gets a user of its own, allowed only its buckets.
 */
public enum ObjectStoreClient {
    /**
     * The guide gives the filestore the user and template files. From 6.0 it also serves project blobs, which it
     * reads from history's project-blobs bucket with its own credentials.
     */
    FILESTORE(List.of(BucketRole.USER_FILES, BucketRole.TEMPLATE_FILES, BucketRole.PROJECT_BLOBS)),
    HISTORY(List.of(BucketRole.PROJECT_BLOBS, BucketRole.HISTORY_CHUNKS));

    private final List<BucketRole> buckets;

    ObjectStoreClient(List<BucketRole> buckets) {
        this.buckets = buckets;
    }

    /** Lower-case name, e.g. {@code filestore}: the store's user name and part of resource names. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The buckets it may list, read, write and delete in. */
    public List<BucketRole> buckets() {
        return buckets;
    }

    public String accessKeyVariable() {
        return "OVERLEAF_" + name() + "_S3_ACCESS_KEY_ID";
    }

    public String secretKeyVariable() {
        return "OVERLEAF_" + name() + "_S3_SECRET_ACCESS_KEY";
    }
}
