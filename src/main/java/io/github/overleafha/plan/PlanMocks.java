package io.github.overleafha.plan;

import com.pulumi.core.Output;
import com.pulumi.test.Mocks;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Stand-ins for what providers compute at deploy time (ids, ARNs, generated values), derived only from the
 * resource's type and name, so the same program always yields the same plan.
 */
final class PlanMocks implements Mocks {

    static final String ACCOUNT = "123456789012";

    private final String region;

    PlanMocks(String region) {
        this.region = region;
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        Map<String, Object> state = new HashMap<>(args.inputs == null ? Map.of() : args.inputs);
        String service = service(args.type);
        state.putIfAbsent("name", args.name);
        state.putIfAbsent("arn", arn(args.type, service, state));
        if (args.type.startsWith("random:")) {
            // The provider marks generated values secret; the mock engine needs to be told.
            state.put("result", Output.ofSecret("generated-at-deploy-" + args.name));
        }
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(args.name + "-id"), state));
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        Map<String, Object> result = new HashMap<>(args.args == null ? Map.of() : args.args);
        if ("aws:ec2/getSubnet:getSubnet".equals(args.token)) {
            result.put("cidrBlock", "cidr-of-" + result.get("id"));
        }
        return CompletableFuture.completedFuture(result);
    }

    private String arn(String type, String service, Map<String, Object> state) {
        if (type.equals("aws:s3/bucketV2:BucketV2")) {
            return "arn:aws:s3:::" + state.get("bucket");
        }
        String kind = type.substring(type.lastIndexOf(':') + 1).toLowerCase();
        return "arn:aws:" + service + ":" + region + ":" + ACCOUNT + ":" + kind + "/" + state.get("name");
    }

    /** The AWS service of a type token such as {@code aws:iam/role:Role}. */
    private static String service(String type) {
        int colon = type.indexOf(':');
        int slash = type.indexOf('/');
        return colon >= 0 && slash > colon ? type.substring(colon + 1, slash) : "unknown";
    }
}
