package io.github.overleafha.core;

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
}
