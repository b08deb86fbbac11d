package io.github.overleafha.plan;

import com.google.common.collect.ImmutableMap;
import com.google.protobuf.Empty;
import com.google.protobuf.Struct;
import com.pulumi.test.Mocks;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import pulumirpc.EngineGrpc;
import pulumirpc.EngineOuterClass.GetRootResourceRequest;
import pulumirpc.EngineOuterClass.GetRootResourceResponse;
import pulumirpc.EngineOuterClass.LogRequest;
import pulumirpc.EngineOuterClass.LogSeverity;
import pulumirpc.EngineOuterClass.RequirePulumiVersionRequest;
import pulumirpc.EngineOuterClass.RequirePulumiVersionResponse;
import pulumirpc.EngineOuterClass.SetRootResourceRequest;
import pulumirpc.EngineOuterClass.SetRootResourceResponse;
import pulumirpc.ResourceMonitorGrpc;
import pulumirpc.Resource.RegisterResourceOutputsRequest;
import pulumirpc.Resource.RegisterResourceRequest;
import pulumirpc.Resource.RegisterResourceResponse;
import pulumirpc.Resource.ResourceInvokeRequest;
import pulumirpc.Resource.ResourceInvokeResponse;
import pulumirpc.Resource.SupportsFeatureRequest;
import pulumirpc.Resource.SupportsFeatureResponse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The Pulumi engine as a program meets it in a first {@code pulumi preview} (nothing deployed yet), over the engine's
 * own gRPC protocol on 127.0.0.1: a resource monitor and an engine service. It records every request, and answers
 * as the engine does with dry-run on: each resource is to be created, so its id and every output the provider
 * computes are unknown (and, to the Java SDK, absent: see previewOutputs); a duplicate URN is refused; invokes are
 * answered from {@link PlanMocks}, the stand-ins of the offline plan. Debug logs (they carry inputs in clear) are
 * dropped unread.
 */
final class PreviewEngine implements AutoCloseable {

    /** What the engine answers to {@code SupportsFeature} (pkg/resource/deploy/source_eval.go). */
    private static final Set<String> FEATURES = Set.of("secrets", "resourceReferences", "outputValues", "aliasSpecs",
            "deletedWith", "transforms", "invokeTransforms", "parameterization");
    private static final String STACK_TYPE = "pulumi:pulumi:Stack";

    private final String project;
    private final String stack;
    private final PlanMocks standIns;
    private final Server server;
    private final List<Preview.Registration> registrations = new ArrayList<>();
    private final Set<String> urns = new HashSet<>();
    private final List<String> duplicateUrns = new ArrayList<>();
    private final List<Preview.LogEntry> logs = new ArrayList<>();
    private final List<Preview.InvokeCall> invokes = new ArrayList<>();
    private final Map<String, Struct> registeredOutputs = new TreeMap<>();
    private volatile String rootUrn = "";

    PreviewEngine(String project, String stack, String region) {
        this.project = project;
        this.stack = stack;
        this.standIns = new PlanMocks(region);
        try {
            server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
                    .maxInboundMessageSize(400 * 1024 * 1024)
                    // Every answer is computed at once, without waiting: no hand-off to another thread per call
                    // (the SDK sends every debug message, about four a resource, one call at a time).
                    .directExecutor()
                    .addService(new Monitor())
                    .addService(new Engine())
                    .build()
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on 127.0.0.1", e);
        }
    }

    /** host:port, as PULUMI_MONITOR and PULUMI_ENGINE name it. */
    String address() {
        return "127.0.0.1:" + server.getPort();
    }

    /** What the program did, once it has exited. */
    synchronized Preview result(int exitCode, String stdout, String stderr) {
        return new Preview(project, stack, exitCode, List.copyOf(registrations), List.copyOf(duplicateUrns),
                List.copyOf(logs), List.copyOf(invokes), Map.copyOf(registeredOutputs), stdout, stderr);
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code urn:pulumi:<stack>::<project>::<parent type chain$>type::name}, as resource.NewURN builds it. */
    private String urn(RegisterResourceRequest request) {
        String parentType = "";
        String parent = request.getParent();
        if (!parent.isEmpty()) {
            String[] parts = parent.split("::");
            String qualified = parts.length >= 3 ? parts[2] : "";
            parentType = qualified.equals(STACK_TYPE) ? "" : qualified + "$";
        }
        return "urn:pulumi:" + stack + "::" + project + "::" + parentType + request.getType() + "::" + request.getName();
    }

    private final class Monitor extends ResourceMonitorGrpc.ResourceMonitorImplBase {

        @Override
        public void supportsFeature(SupportsFeatureRequest request, StreamObserver<SupportsFeatureResponse> response) {
            response.onNext(SupportsFeatureResponse.newBuilder().setHasSupport(FEATURES.contains(request.getId())).build());
            response.onCompleted();
        }

        @Override
        public void registerResource(RegisterResourceRequest request, StreamObserver<RegisterResourceResponse> response) {
            String urn = urn(request);
            if (request.getSupportsPartialValues()) {
                // Only an SDK that leaves the flag unset gets the answers below (see previewOutputs): refuse loudly
                // rather than answer another SDK as if it were the Java SDK.
                String message = "supportsPartialValues is set on " + urn + ": this engine answers only as the engine"
                        + " answers an SDK that does not set it (the Java SDK)";
                synchronized (PreviewEngine.this) {
                    logs.add(new Preview.LogEntry("ERROR", message));
                }
                response.onError(Status.UNIMPLEMENTED.withDescription(message).asRuntimeException());
                return;
            }
            synchronized (PreviewEngine.this) {
                if (!urns.add(urn)) {
                    duplicateUrns.add(urn);
                    String message = "Duplicate resource URN '" + urn + "'; try giving it a unique name";
                    logs.add(new Preview.LogEntry("ERROR", message));
                    response.onError(Status.INVALID_ARGUMENT.withDescription(message).asRuntimeException());
                    return;
                }
                registrations.add(Preview.Registration.of(urn, request));
            }
            var answer = RegisterResourceResponse.newBuilder().setUrn(urn);
            if (request.getCustom()) {
                boolean provider = request.getType().startsWith("pulumi:providers:");
                // A resource about to be created has no id yet; a provider's is the unknown sentinel.
                answer.setId(provider ? Wire.UNKNOWN_VALUE : "");
                answer.setObject(previewOutputs(request));
            }
            response.onNext(answer.build());
            response.onCompleted();
        }

        /**
         * A create's preview, as the engine answers the Java SDK. The provider's Create(preview) returns the inputs
         * plus every computed output as the unknown sentinel (terraform-bridge: the planned state through
         * MakeTerraformResult, KeepUnknowns); known anyway are a stash's output (its input) and the name a provider
         * chooses in its check for an auto-named resource. Then, because the Java SDK never sets
         * supportsPartialValues on RegisterResource (1.36.1, createRegisterResourceRequest), the resource monitor
         * drops every property that holds an unknown anywhere (source_eval.go, "stripping unknowns from
         * RegisterResource response"): computed outputs and unknown inputs alike never reach the program. The SDK
         * then resolves each absent output as unknown with no resources (OutputCompletionSource.trySetDefaultResult),
         * so a value built from one carries no dependency on this resource in a preview.
         */
        private Struct previewOutputs(RegisterResourceRequest request) {
            Struct inputs = request.getObject();
            Struct.Builder answer = inputs.toBuilder();
            if (request.getType().equals("pulumi:index:Stash") && inputs.containsFields("input")) {
                answer.putFields("output", inputs.getFieldsOrThrow("input"));
            }
            String autoNamed = PlanMocks.AUTO_NAMED.get(request.getType());
            if (autoNamed != null && !inputs.containsFields(autoNamed)) {
                answer.putFields(autoNamed, Wire.toValue(PlanMocks.autoName(request.getName())));
            }
            List.copyOf(answer.getFieldsMap().keySet()).stream()
                    .filter(key -> Wire.containsUnknown(answer.getFieldsOrThrow(key)))
                    .forEach(answer::removeFields);
            return answer.build();
        }

        @Override
        public void registerResourceOutputs(RegisterResourceOutputsRequest request, StreamObserver<Empty> response) {
            synchronized (PreviewEngine.this) {
                registeredOutputs.put(request.getUrn(), request.getOutputs());
            }
            response.onNext(Empty.getDefaultInstance());
            response.onCompleted();
        }

        @Override
        public void invoke(ResourceInvokeRequest request, StreamObserver<ResourceInvokeResponse> response) {
            synchronized (PreviewEngine.this) {
                invokes.add(new Preview.InvokeCall(request.getTok(), request.getVersion(), request.getArgs()));
            }
            try {
                // Providers answer invokes in a preview too: the same stand-ins as the offline plan answer here.
                Map<String, Object> result = standIns.callAsync(new Mocks.CallArgs(request.getTok(),
                        ImmutableMap.copyOf(Wire.toJava(request.getArgs())), request.getProvider())).join();
                response.onNext(ResourceInvokeResponse.newBuilder().setReturn(Wire.toStruct(result)).build());
                response.onCompleted();
            } catch (RuntimeException e) {
                response.onError(Status.INTERNAL.withDescription("invoke " + request.getTok() + ": " + e).asRuntimeException());
            }
        }
    }

    private final class Engine extends EngineGrpc.EngineImplBase {

        @Override
        public void log(LogRequest request, StreamObserver<Empty> response) {
            if (request.getSeverity() != LogSeverity.DEBUG) {
                synchronized (PreviewEngine.this) {
                    logs.add(new Preview.LogEntry(request.getSeverity().name(), request.getMessage()));
                }
            }
            response.onNext(Empty.getDefaultInstance());
            response.onCompleted();
        }

        @Override
        public void getRootResource(GetRootResourceRequest request, StreamObserver<GetRootResourceResponse> response) {
            response.onNext(GetRootResourceResponse.newBuilder().setUrn(rootUrn).build());
            response.onCompleted();
        }

        @Override
        public void setRootResource(SetRootResourceRequest request, StreamObserver<SetRootResourceResponse> response) {
            rootUrn = request.getUrn();
            response.onNext(SetRootResourceResponse.getDefaultInstance());
            response.onCompleted();
        }

        @Override
        public void requirePulumiVersion(RequirePulumiVersionRequest request,
                                         StreamObserver<RequirePulumiVersionResponse> response) {
            response.onNext(RequirePulumiVersionResponse.getDefaultInstance());
            response.onCompleted();
        }
    }
}
