package io.github.overleafha.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.pulumi.core.Output;
import com.pulumi.test.Mocks;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Stand-ins for what providers compute at deploy time (ids, ARNs, addresses, generated values, endpoints),
 * derived only from the resources declared, so the same program always yields the same plan.
 */
final class PlanMocks implements Mocks {

    static final String ACCOUNT = "123456789012";
    private static final ObjectMapper SORTED_JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    /**
     * Types whose name the AWS provider chooses in its check when the program gives none (auto-naming: pulumi-aws
     * names every {@code name} property so, and a replication group's id), so a preview knows it, and the input that
     * holds it. Only those whose name the program reads. The stand-in is the resource's own name (the provider adds a random
     * suffix; a replication group's is lowercase).
     */
    static final Map<String, String> AUTO_NAMED = Map.of("aws:iam/role:Role", "name", "aws:iam/policy:Policy", "name",
            "aws:iam/instanceProfile:InstanceProfile", "name", "aws:sns/topic:Topic", "name",
            "aws:elasticache/subnetGroup:SubnetGroup", "name", "aws:elasticache/parameterGroup:ParameterGroup", "name",
            "aws:elasticache/replicationGroup:ReplicationGroup", "replicationGroupId");

    private final String region;
    /** The region's partition, as the provider's getPartition answers: China's and GovCloud's regions have their own. */
    private final String partition;
    /** SSM parameters as a deployed stack would hold them (name to value), for invokes that read them at preview. */
    private final SortedMap<String, String> deployedParameters;
    /** VPC endpoint ids linked to each Atlas project, for the clusters' connection strings. */
    private final Map<String, Set<String>> linkedEndpoints = new ConcurrentHashMap<>();

    /** A stack not deployed yet: no SSM parameter exists. */
    PlanMocks(String region) {
        this(region, Map.of());
    }

    PlanMocks(String region, Map<String, String> deployedParameters) {
        this.region = region;
        this.partition = region.startsWith("cn-") ? "aws-cn" : region.startsWith("us-gov-") ? "aws-us-gov" : "aws";
        this.deployedParameters = new TreeMap<>(deployedParameters);
    }

    @Override
    public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
        Map<String, Object> state = new HashMap<>(args.inputs == null ? Map.of() : args.inputs);
        String name = args.name;
        String autoNamed = AUTO_NAMED.get(args.type);
        if (autoNamed != null) {
            state.putIfAbsent(autoNamed, autoName(name));
        }
        state.putIfAbsent("name", name);
        String id = id(args.type, name);
        state.putIfAbsent("arn", arn(args.type, state, id));
        computedOutputs(args.type, name, state);
        return CompletableFuture.completedFuture(ResourceResult.of(Optional.of(id), state));
    }

    /** The stand-in of a name the provider chooses: lowercase, as ElastiCache's ids are (IAM's may be either). */
    static String autoName(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    /** {@code <name>-id}, except where the program checks an id's form: {@code vol-<17 hex>}, {@code eni-<17 hex>}. */
    private static String id(String type, String name) {
        return switch (type) {
            case "aws:ebs/volume:Volume" -> "vol-" + sha256(name).substring(0, 17);
            case "aws:ec2/networkInterface:NetworkInterface" -> "eni-" + sha256(name).substring(0, 17);
            default -> name + "-id";
        };
    }

    /** Outputs the program reads that a provider computes. */
    private void computedOutputs(String type, String name, Map<String, Object> state) {
        switch (type) {
            case "random:index/randomPassword:RandomPassword" ->
                    // The provider marks generated values secret; the mock engine needs to be told.
                    state.put("result", Output.ofSecret("generated-at-deploy-" + name));
            case "aws:lb/loadBalancer:LoadBalancer" -> {
                state.put("dnsName", name + "-0123456789." + region + ".elb.amazonaws.com");
                state.put("zoneId", "Z32O12XQLNTSW2");
                state.put("arnSuffix", "app/" + name + "/0123456789abcdef");
            }
            case "aws:lb/targetGroup:TargetGroup" -> state.put("arnSuffix", "targetgroup/" + name + "/0123456789abcdef");
            // AWS gives an interface an address of its subnet: one in another subnet (a replacement) has another.
            case "aws:ec2/networkInterface:NetworkInterface" ->
                    state.put("privateIp", "private-ip-of-" + name + "-in-" + state.get("subnetId"));
            // AWS numbers a template's versions 1, 2, 3 ...; here the number follows the content instead, so that,
            // as in AWS, a template whose content changed has a new latest version and an unchanged one has not.
            case "aws:ec2/launchTemplate:LaunchTemplate" ->
                    state.put("latestVersion", 1 + Integer.parseInt(sha256(sortedJson(state)).substring(0, 6), 16));
            case "aws:acm/certificate:Certificate" -> state.put("domainValidationOptions", List.of(Map.of(
                    "domainName", state.get("domainName"),
                    "resourceRecordName", "_validation." + state.get("domainName") + ".",
                    "resourceRecordType", "CNAME",
                    "resourceRecordValue", "_validation.acm-validations.aws.")));
            case "aws:route53/record:Record" -> state.put("fqdn", state.get("name"));
            case "aws:route53/zone:Zone" -> state.put("zoneId", name + "-id");
            // The engine keeps a stash's first input as its output.
            case "pulumi:index:Stash" -> state.put("output", state.get("input"));
            case "aws:ec2/eip:Eip" -> state.put("publicIp", "public-ip-of-" + name);
            case "aws:elasticache/replicationGroup:ReplicationGroup" ->
                    state.put("primaryEndpointAddress", "master." + name + ".cache.amazonaws.com");
            case "mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint" -> {
                state.put("privateLinkId", name + "-link");
                state.put("endpointServiceName", "com.amazonaws.vpce." + region + ".vpce-svc-" + name);
            }
            case "mongodbatlas:index/privateLinkEndpointService:PrivateLinkEndpointService" ->
                    linkedEndpoints.computeIfAbsent(String.valueOf(state.get("projectId")), k -> new ConcurrentSkipListSet<>())
                            .add(String.valueOf(state.get("endpointServiceId")));
            case "mongodbatlas:index/advancedCluster:AdvancedCluster" -> {
                // As Atlas does: one private SRV string for each endpoint linked to the project so far.
                String host = state.get("name") + ".mongodb.net";
                List<Map<String, Object>> privateEndpoints = linkedEndpoints
                        .getOrDefault(String.valueOf(state.get("projectId")), Set.of()).stream()
                        .map(endpoint -> Map.<String, Object>of(
                                "srvConnectionString", "mongodb+srv://" + endpoint + "." + host,
                                "endpoints", List.of(Map.of("endpointId", endpoint))))
                        .toList();
                state.put("connectionStrings", Map.of(
                        "standardSrv", "mongodb+srv://" + host,
                        "privateEndpoints", privateEndpoints));
            }
            // A one-shot container the provider waited for (attach) reports how it exited: here, successfully.
            case "docker:index/container:Container" -> {
                if (Boolean.TRUE.equals(state.get("attach"))) {
                    state.put("exitCode", 0);
                }
            }
            // The id of the image the pull finds; containers run it.
            case "docker:index/remoteImage:RemoteImage" -> state.put("imageId", "image-id-of-" + state.get("name"));
            default -> {
            }
        }
    }

    @Override
    public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
        Map<String, Object> result = new HashMap<>(args.args == null ? Map.of() : args.args);
        switch (args.token) {
            case "aws:ec2/getSubnet:getSubnet" -> {
                result.put("cidrBlock", "cidr-of-" + result.get("id"));
                // A zone of the region (a, b or c, the ones the stand-in endpoint service covers), fixed per subnet.
                result.put("availabilityZone", region + "abc".charAt(Math.floorMod(String.valueOf(result.get("id")).hashCode(), 3)));
            }
            // An existing VPC as the program needs it: DNS support and hostnames on (the stack's private zone).
            case "aws:ec2/getVpc:getVpc" -> {
                String id = String.valueOf(result.get("id"));
                result.put("arn", "arn:" + partition + ":ec2:" + region + ":" + ACCOUNT + ":vpc/" + id);
                result.put("cidrBlock", "cidr-of-" + id);
                result.put("cidrBlockAssociations", List.of(Map.of("associationId", "vpc-cidr-assoc-of-" + id,
                        "cidrBlock", "cidr-of-" + id, "state", "associated")));
                result.put("default", false);
                result.put("dhcpOptionsId", "dopt-of-" + id);
                result.put("enableDnsHostnames", true);
                result.put("enableDnsSupport", true);
                result.put("enableNetworkAddressUsageMetrics", false);
                result.put("instanceTenancy", "default");
                result.put("ipv6AssociationId", "");
                result.put("ipv6CidrBlock", "");
                result.put("mainRouteTableId", "rtb-of-" + id);
                result.put("ownerId", ACCOUNT);
                result.put("state", "available");
                result.put("tags", Map.of());
            }
            case "aws:index/getPartition:getPartition" -> result.put("partition", partition);
            case "aws:index/getCallerIdentity:getCallerIdentity" -> {
                result.put("accountId", ACCOUNT);
                result.put("arn", "arn:" + partition + ":iam::" + ACCOUNT + ":user/deployer");
                result.put("userId", "AIDAEXAMPLEDEPLOYER");
                result.put("id", ACCOUNT);
            }
            // Atlas's endpoint services cover three zones of the region: its a, b and c.
            case "aws:ec2/getVpcEndpointService:getVpcEndpointService" ->
                    result.put("availabilityZones", List.of(region + "a", region + "b", region + "c"));
            case "aws:ssm/getParametersByPath:getParametersByPath" -> {
                String path = result.get("path") + "/";
                List<String> names = deployedParameters.keySet().stream()
                        .filter(name -> name.startsWith(path) && name.indexOf('/', path.length()) < 0).toList();
                result.put("names", names);
                result.put("values", names.stream().map(deployedParameters::get).toList());
                result.put("types", names.stream().map(name -> "String").toList());
                result.put("arns", names.stream().map(name -> "arn:" + partition + ":ssm:" + region + ":" + ACCOUNT + ":parameter" + name).toList());
            }
            case "docker:index/getRegistryImage:getRegistryImage" ->
                    result.put("sha256Digest", "sha256:" + sha256("digest-of-" + result.get("name")));
            default -> {
            }
        }
        return CompletableFuture.completedFuture(result);
    }

    private String arn(String type, Map<String, Object> state, String id) {
        switch (type) {
            case "aws:s3/bucketV2:BucketV2" -> {
                return "arn:" + partition + ":s3:::" + state.get("bucket");
            }
            // The program scopes permissions to these two: their ARNs have AWS's form, named by id.
            case "aws:ebs/volume:Volume" -> {
                return "arn:" + partition + ":ec2:" + region + ":" + ACCOUNT + ":volume/" + id;
            }
            case "aws:ec2/networkInterface:NetworkInterface" -> {
                return "arn:" + partition + ":ec2:" + region + ":" + ACCOUNT + ":network-interface/" + id;
            }
            default -> {
            }
        }
        String kind = type.substring(type.lastIndexOf(':') + 1).toLowerCase();
        return "arn:" + partition + ":" + service(type) + ":" + region + ":" + ACCOUNT + ":" + kind + "/" + state.get("name");
    }

    /** The AWS service of a type token such as {@code aws:iam/role:Role}. */
    private static String service(String type) {
        int colon = type.indexOf(':');
        int slash = type.indexOf('/');
        return colon >= 0 && slash > colon ? type.substring(colon + 1, slash) : "unknown";
    }

    private static String sortedJson(Map<String, Object> state) {
        try {
            return SORTED_JSON.writeValueAsString(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a resource's inputs are plain values", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
