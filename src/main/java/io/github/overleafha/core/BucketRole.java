package io.github.overleafha.core;

import java.util.SortedMap;
import java.util.TreeMap;

/** The guide's four S3 buckets, each with its own least-privilege IAM policy. */
public enum BucketRole {
    USER_FILES("user-files"),
    TEMPLATE_FILES("template-files"),
    PROJECT_BLOBS("project-blobs"),
    HISTORY_CHUNKS("chunks");

    private final String suffix;

    BucketRole(String suffix) {
        this.suffix = suffix;
    }

    /** Short name used in bucket, policy and resource names. */
    public String suffix() {
        return suffix;
    }

    public String bucketName(String prefix) {
        return prefix + "-" + suffix;
    }

    /** Every bucket's name by its role's suffix, as both targets report them. */
    public static SortedMap<String, String> namesBySuffix(String prefix) {
        SortedMap<String, String> names = new TreeMap<>();
        for (BucketRole role : values()) {
            names.put(role.suffix, role.bucketName(prefix));
        }
        return names;
    }
}
