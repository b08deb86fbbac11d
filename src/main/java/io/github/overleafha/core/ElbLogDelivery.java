package io.github.overleafha.core;

import java.util.Map;

/**
 * Who writes an ALB's access logs into a bucket, per region: in regions opened before August 2022 an Elastic Load
 * Balancing account of the region, in later ones the log delivery service principal (AWS's "Enable access logs for
 * your Application Load Balancer", bucket permissions; the same table as terraform-provider-aws and the CDK).
 */
public final class ElbLogDelivery {

    public static final String SERVICE_PRINCIPAL = "logdelivery.elasticloadbalancing.amazonaws.com";

    private static final Map<String, String> ACCOUNTS = Map.ofEntries(
            Map.entry("us-east-1", "127311923021"), Map.entry("us-east-2", "033677994240"),
            Map.entry("us-west-1", "027434742980"), Map.entry("us-west-2", "797873946194"),
            Map.entry("af-south-1", "098369216593"), Map.entry("ca-central-1", "985666609251"),
            Map.entry("eu-central-1", "054676820928"), Map.entry("eu-west-1", "156460612806"),
            Map.entry("eu-west-2", "652711504416"), Map.entry("eu-south-1", "635631232127"),
            Map.entry("eu-west-3", "009996457667"), Map.entry("eu-north-1", "897822967062"),
            Map.entry("ap-east-1", "754344448648"), Map.entry("ap-northeast-1", "582318560864"),
            Map.entry("ap-northeast-2", "600734575887"), Map.entry("ap-northeast-3", "383597477331"),
            Map.entry("ap-southeast-1", "114774131450"), Map.entry("ap-southeast-2", "783225319266"),
            Map.entry("ap-southeast-3", "589379963580"), Map.entry("ap-south-1", "718504428378"),
            Map.entry("me-south-1", "076674570225"), Map.entry("sa-east-1", "507241528517"),
            Map.entry("us-gov-west-1", "048591011584"), Map.entry("us-gov-east-1", "190560391635"),
            Map.entry("cn-north-1", "638102146993"), Map.entry("cn-northwest-1", "037604701340"));

    private ElbLogDelivery() {
    }

    /**
     * The IAM principal element a bucket policy of {@code stack}'s account must allow: {"AWS": the region's Elastic
     * Load Balancing account root, in the stack's partition} or {"Service": ...}.
     */
    public static Map<String, String> principal(AwsAccount stack) {
        String account = ACCOUNTS.get(stack.region());
        if (account == null) {
            return Map.of("Service", SERVICE_PRINCIPAL);
        }
        return Map.of("AWS", "arn:" + stack.partition() + ":iam::" + account + ":root");
    }
}
