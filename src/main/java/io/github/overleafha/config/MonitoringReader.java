package io.github.overleafha.config;

import java.util.HashSet;
import java.util.List;

/** Where alarms go and when they fire; how long the load balancer's access logs are kept. */
final class MonitoringReader {


    private MonitoringReader() {
    }

    static StackConfig.Monitoring read(ConfigReader in, int nodeCount, String region) {
        // CloudWatch alarms notify SNS topics of their own region only.
        in.optional("alarmTopicArn").filter(arn -> !region.isEmpty() && arn.startsWith("arn:")
                        && !arn.contains(":sns:" + region + ":"))
                .ifPresent(arn -> in.problem("alarmTopicArn", arn, "CloudWatch alarms in " + region
                                + " can only notify an SNS topic of that region",
                        "use a topic in " + region + ", or subscribe the other topic to the stack's own (output stackAlarmTopicArn)"));
        List<String> emails = in.list("alarmEmails");
        var seen = new HashSet<String>();
        for (String email : emails) {
            if (!ConfigReader.EMAIL_ADDRESS.matcher(email).matches()) {
                in.problem("alarmEmails", email, "it is not an email address", "write addresses such as overleaf-oncall@example.edu");
            } else if (!seen.add(email)) {
                in.problem("alarmEmails", email, "it is listed twice", "list each address once");
            }
        }
        int minHealthy = in.integer("alarmMinHealthyNodes");
        if (minHealthy > nodeCount) {
            in.problem("alarmMinHealthyNodes", String.valueOf(minHealthy),
                    "the stack has only " + nodeCount + " nodes (nodeCount), so the alarm would never clear",
                    "write " + nodeCount + " or less");
        }
        int fiveXx = in.integer("alarmTarget5xxPercent");
        int redisConnections = in.integer("alarmRedisConnections");
        int logDays = in.integer("accessLogRetentionDays");
        return new StackConfig.Monitoring(emails, minHealthy, fiveXx, redisConnections, logDays);
    }
}
