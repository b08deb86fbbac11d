package io.github.overleafha.config;

import java.util.Optional;

/** An optional recovery region: the buckets replicate there and git-bridge's snapshots are copied there. */
final class RecoveryReader {

    /** S3 names are at most 63 characters: the longest replica is <prefix>-template-files-replica. */
    static final int LONGEST_REPLICA_SUFFIX = "-template-files-replica".length();

    private RecoveryReader() {
    }

    static StackConfig.Recovery read(ConfigReader in, String region, String bucketNamePrefix) {
        Optional<String> recovery = in.optional("recoveryRegion");
        if (recovery.isEmpty()) {
            return new StackConfig.Recovery(Optional.empty());
        }
        String value = recovery.get();
        if (!ConfigReader.AWS_REGION.matcher(value).matches()) {
            in.problem("recoveryRegion", value, "it is not an AWS region code", "write a region code such as eu-central-1");
        } else if (value.equals(region)) {
            in.problem("recoveryRegion", value, "it is the stack's own region (aws:region), which it must survive the loss of",
                    "write another region, e.g. " + (region.equals("eu-central-1") ? "eu-west-1" : "eu-central-1"));
        }
        if (bucketNamePrefix.length() + LONGEST_REPLICA_SUFFIX > 63) {
            in.problem("bucketNamePrefix", bucketNamePrefix, "with recoveryRegion the replica bucket names ("
                            + bucketNamePrefix + "-template-files-replica) would pass S3's 63 characters",
                    "shorten it to " + (63 - LONGEST_REPLICA_SUFFIX) + " characters or fewer");
        }
        return new StackConfig.Recovery(recovery);
    }
}
