package io.github.overleafha.plan;

import com.google.protobuf.Struct;
import com.google.protobuf.Value;
import io.grpc.ManagedChannel;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;
import pulumirpc.ResourceMonitorGrpc;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.SupportsFeatureRequest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The preview engine's answers, over its own gRPC protocol, as a program's SDK would ask. */
class PreviewEngineTest {

    private PreviewEngine engine;
    private ManagedChannel channel;
    private ResourceMonitorGrpc.ResourceMonitorBlockingStub monitor;

    @BeforeEach
    void start() {
        engine = new PreviewEngine("overleaf-ha", "dev", "eu-west-1");
        channel = NettyChannelBuilder.forTarget(engine.address()).usePlaintext().build();
        monitor = ResourceMonitorGrpc.newBlockingStub(channel);
    }

    @AfterEach
    void stop() throws InterruptedException {
        channel.shutdownNow().awaitTermination(5, TimeUnit.SECONDS);
        engine.close();
    }

    private static RegisterResourceRequest bucket(String parent) {
        return RegisterResourceRequest.newBuilder().setType("aws:s3/bucketV2:BucketV2").setName("storage-chunks")
                .setParent(parent).setCustom(true)
                .setObject(Struct.newBuilder().putFields("bucket", Value.newBuilder().setStringValue("chunks").build()))
                .build();
    }

    @Test
    void aResourceToBeCreatedHasNoIdAndOnlyItsInputsAsOutputs() {
        RegisterResourceResponse stack = monitor.registerResource(RegisterResourceRequest.newBuilder()
                .setType("pulumi:pulumi:Stack").setName("overleaf-ha-dev").build());
        RegisterResourceResponse response = monitor.registerResource(bucket(stack.getUrn()));
        assertThat(response.getUrn()).isEqualTo("urn:pulumi:dev::overleaf-ha::aws:s3/bucketV2:BucketV2::storage-chunks");
        assertThat(response.getId()).isEmpty();
        assertThat(response.getObject().getFieldsMap()).containsOnlyKeys("bucket");
    }

    /**
     * The engine drops from its answer to the Java SDK every property holding an unknown anywhere (the SDK does not
     * set supportsPartialValues): an input echoed back unknown is absent, as a computed output is.
     */
    @Test
    void everyPropertyHoldingAnUnknownIsLeftOutOfTheAnswer() {
        Value unknown = Value.newBuilder().setStringValue(Wire.UNKNOWN_VALUE).build();
        Struct inputs = Struct.newBuilder()
                .putFields("bucket", Wire.toValue("chunks"))
                .putFields("vpcId", unknown)
                .putFields("subnetIds", Wire.toValue(List.of("subnet-1", Wire.UNKNOWN_VALUE)))
                .putFields("tags", Wire.toValue(Map.of("Name", "chunks")))
                .putFields("password", secret(unknown))
                .putFields("token", secret(Wire.toValue("clear")))
                .build();
        RegisterResourceResponse response = monitor.registerResource(RegisterResourceRequest.newBuilder()
                .setType("aws:s3/bucketV2:BucketV2").setName("storage-chunks").setCustom(true).setObject(inputs).build());
        assertThat(response.getObject().getFieldsMap()).containsOnlyKeys("bucket", "tags", "token");
        assertThat(response.getObject().getFieldsOrThrow("token")).isEqualTo(inputs.getFieldsOrThrow("token"));
    }

    private static Value secret(Value value) {
        return Value.newBuilder().setStructValue(Struct.newBuilder()
                .putFields(Wire.SIGNATURE_KEY, Wire.toValue(Wire.SECRET_SIGNATURE)).putFields("value", value)).build();
    }

    /** An SDK that takes partially known answers would get other answers from the engine: refused, not misanswered. */
    @Test
    void aRequestForPartiallyKnownAnswersIsRefused() {
        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
                () -> monitor.registerResource(bucket("").toBuilder().setSupportsPartialValues(true).build()));
        assertThat(refused.getStatus().getDescription()).contains("supportsPartialValues");
        assertThat(engine.result(0, "", "").errors()).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("supportsPartialValues"));
    }

    @Test
    void aChildsUrnCarriesItsParentsTypeAndAnAutoNamedRoleKnowsItsName() {
        RegisterResourceResponse component = monitor.registerResource(RegisterResourceRequest.newBuilder()
                .setType("overleaf-ha:aws:Fleet").setName("fleet").build());
        RegisterResourceResponse role = monitor.registerResource(RegisterResourceRequest.newBuilder()
                .setType("aws:iam/role:Role").setName("fleet-snapshots").setParent(component.getUrn()).setCustom(true).build());
        assertThat(role.getUrn()).isEqualTo("urn:pulumi:dev::overleaf-ha::overleaf-ha:aws:Fleet$aws:iam/role:Role::fleet-snapshots");
        assertThat(role.getObject().getFieldsOrThrow("name").getStringValue()).isEqualTo("fleet-snapshots");
    }

    /** The provider names a replication group in its check too, in lowercase, in its own input. */
    @Test
    void anAutoNamedReplicationGroupKnowsItsIdAndAGivenOneKeepsIt() {
        RegisterResourceResponse group = monitor.registerResource(RegisterResourceRequest.newBuilder()
                .setType("aws:elasticache/replicationGroup:ReplicationGroup").setName("Redis-Group").setCustom(true).build());
        assertThat(group.getObject().getFieldsOrThrow("replicationGroupId").getStringValue()).isEqualTo("redis-group");
        assertThat(group.getObject().getFieldsMap()).doesNotContainKey("name");
        RegisterResourceResponse named = monitor.registerResource(RegisterResourceRequest.newBuilder()
                .setType("aws:elasticache/replicationGroup:ReplicationGroup").setName("other").setCustom(true)
                .setObject(Struct.newBuilder().putFields("replicationGroupId", Value.newBuilder().setStringValue("given").build()))
                .build());
        assertThat(named.getObject().getFieldsOrThrow("replicationGroupId").getStringValue()).isEqualTo("given");
    }

    @Test
    void aDuplicateUrnIsRefusedAndLoggedAsAnError() {
        monitor.registerResource(bucket(""));
        StatusRuntimeException refused = catchThrowableOfType(StatusRuntimeException.class,
                () -> monitor.registerResource(bucket("")));
        assertThat(refused.getStatus().getDescription()).contains("Duplicate resource URN");
        Preview preview = engine.result(0, "", "");
        assertThat(preview.duplicateUrns()).containsExactly("urn:pulumi:dev::overleaf-ha::aws:s3/bucketV2:BucketV2::storage-chunks");
        assertThat(preview.errors()).singleElement().satisfies(error -> assertThat(error.message()).contains("Duplicate resource URN"));
        assertThat(preview.registrations()).hasSize(1);
    }

    @Test
    void featuresAreAnsweredAsTheEngineAnswersThem() {
        for (String feature : new String[]{"secrets", "resourceReferences", "outputValues", "aliasSpecs", "deletedWith",
                "transforms", "invokeTransforms", "parameterization"}) {
            assertThat(monitor.supportsFeature(SupportsFeatureRequest.newBuilder().setId(feature).build()).getHasSupport())
                    .as(feature).isTrue();
        }
        assertThat(monitor.supportsFeature(SupportsFeatureRequest.newBuilder().setId("noSuchFeature").build()).getHasSupport())
                .isFalse();
    }

    @Test
    void invokesAreAnsweredByThePlansStandIns() {
        var answer = monitor.invoke(ResourceInvokeRequest.newBuilder().setTok("aws:index/getCallerIdentity:getCallerIdentity")
                .setArgs(Struct.getDefaultInstance()).build());
        assertThat(answer.getReturn().getFieldsOrThrow("accountId").getStringValue()).isEqualTo(PlanMocks.ACCOUNT);
    }

    @Test
    void debugLogsAreDroppedUnread() {
        var logs = EngineGrpc.newBlockingStub(channel);
        logs.log(LogRequest.newBuilder().setSeverity(LogSeverity.DEBUG).setMessage("inputs in clear").build());
        logs.log(LogRequest.newBuilder().setSeverity(LogSeverity.WARNING).setMessage("a warning").build());
        assertThat(engine.result(0, "", "").logs()).extracting(Preview.LogEntry::message).containsExactly("a warning");
    }
}
