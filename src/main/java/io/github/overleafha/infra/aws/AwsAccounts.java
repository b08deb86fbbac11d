package io.github.overleafha.infra.aws;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.inputs.GetPartitionArgs;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.aws.outputs.GetPartitionResult;
import com.pulumi.aws.sns.Topic;
import com.pulumi.core.Output;
import io.github.overleafha.core.AwsAccount;

/** Looks up the stack's partition and account: invokes, which a preview answers as well as an update. */
public final class AwsAccounts {

    private AwsAccounts() {
    }

    /** A policy's ARN from its name, which the provider chooses in its check (auto-naming): known in a preview. */
    public static Output<String> policyArn(Output<AwsAccount> account, Policy policy) {
        return Output.tuple(account, policy.name()).applyValue(t -> t.t1.iamPolicy(t.t2));
    }

    /** A role's ARN from its name, likewise. */
    public static Output<String> roleArn(Output<AwsAccount> account, Role role) {
        return Output.tuple(account, role.name()).applyValue(t -> t.t1.iamRole(t.t2));
    }

    /** A topic's ARN from its name, likewise: alarms name it before the topic exists. */
    public static Output<String> topicArn(Output<AwsAccount> account, Topic topic) {
        return Output.tuple(account, topic.name()).applyValue(t -> t.t1.snsTopic(t.t2));
    }

    public static Output<AwsAccount> lookUp(String region) {
        return Output.tuple(
                AwsFunctions.getPartition(GetPartitionArgs.builder().build()).applyValue(GetPartitionResult::partition),
                AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build()).applyValue(GetCallerIdentityResult::accountId))
                .applyValue(t -> new AwsAccount(t.t1, region, t.t2));
    }
}
