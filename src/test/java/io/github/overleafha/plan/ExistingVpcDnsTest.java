package io.github.overleafha.plan;

import com.pulumi.test.Mocks;
import io.github.overleafha.OverleafStack;
import io.github.overleafha.TestStacks;
import io.github.overleafha.config.StackConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.github.overleafha.plan.TestPlans.get;
import static io.github.overleafha.plan.TestPlans.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Nodes reach git-bridge by a name in the stack's private Route 53 zone, which resolves only in a VPC with DNS support
 * and DNS hostnames on; a VPC made through the API has hostnames off. The program looks an existing VPC up by an
 * invoke before anything is declared, so such a VPC fails the preview (and an update) instead of leaving git
 * unreachable.
 */
class ExistingVpcDnsTest {

    private static final String VPC = "vpc-0123456789abcdef0";

    private static StackConfig onExistingVpc() {
        return TestStacks.dev(Map.of("availabilityZones", "[]", "existingVpcId", VPC,
                "existingPublicSubnetIds", "subnet-0000000000000000a,subnet-0000000000000000b",
                "existingPrivateSubnetIds", "subnet-0000000000000000c,subnet-0000000000000000d"));
    }

    /** The plan's stand-ins, except that the VPC has {@code attribute} off; {@code declared} gets every resource. */
    private static Mocks vpcWithout(String attribute, StackConfig config, List<String> declared) {
        Mocks answers = InvokeAnswers.replacing(PlanRunner.mockedRegion(config), "aws:ec2/getVpc:getVpc",
                planned -> planned.thenApply(vpc -> {
                    Map<String, Object> answer = new HashMap<>(vpc);
                    answer.put(attribute, false);
                    return answer;
                }));
        return new Mocks() {
            @Override
            public CompletableFuture<ResourceResult> newResourceAsync(ResourceArgs args) {
                declared.add(args.type + " " + args.name);
                return answers.newResourceAsync(args);
            }

            @Override
            public CompletableFuture<Map<String, Object>> callAsync(CallArgs args) {
                return answers.callAsync(args);
            }
        };
    }

    /** Refused before any resource is declared, so even `pulumi up --skip-preview` creates nothing. */
    @Test
    void anExistingVpcWithoutDnsHostnamesOrSupportIsRefusedBeforeAnythingIsDeclared() {
        StackConfig config = onExistingVpc();
        for (String attribute : new String[]{"enableDnsHostnames", "enableDnsSupport"}) {
            List<String> declared = Collections.synchronizedList(new ArrayList<>());
            assertThatThrownBy(() -> PlanRunner.run(config.project(), config.stack(), vpcWithout(attribute, config, declared),
                    ctx -> OverleafStack.define(ctx, config), EngineLoop.awaiting()))
                    .as(attribute)
                    .hasMessageContaining("overleaf-ha:existingVpcId = \"" + VPC + "\": the VPC has DNS support "
                            + (attribute.equals("enableDnsSupport") ? "off" : "on") + " and DNS hostnames "
                            + (attribute.equals("enableDnsHostnames") ? "off" : "on"))
                    .hasMessageContaining("modify-vpc-attribute --vpc-id " + VPC);
            assertThat(declared).as(attribute).isEmpty();
        }
    }

    @Test
    void anExistingVpcWithBothOnIsUsedByItsId() {
        StackConfig config = onExistingVpc();
        Plan plan = PlanRunner.plan(config, Map.of());
        assertThat(plan.outputs().get("vpcId").asText()).isEqualTo(VPC);
        assertThat(text(get(plan, "aws:route53/zone:Zone", "fleet-private-zone"), "vpcs.0.vpcId")).isEqualTo(VPC);
    }
}
