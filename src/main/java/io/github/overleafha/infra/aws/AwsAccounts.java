package io.github.overleafha.infra.aws;

import com.pulumi.aws.AwsFunctions;
import com.pulumi.aws.inputs.GetCallerIdentityArgs;
import com.pulumi.aws.inputs.GetPartitionArgs;
import com.pulumi.aws.outputs.GetCallerIdentityResult;
import com.pulumi.aws.outputs.GetPartitionResult;
import com.pulumi.core.Output;
import io.github.overleafha.core.AwsAccount;

/** Looks up the stack's partition and account: invokes, which a preview answers as well as an update. */
public final class AwsAccounts {

    private AwsAccounts() {
    }

    public static Output<AwsAccount> lookUp(String region) {
        return Output.tuple(
                AwsFunctions.getPartition(GetPartitionArgs.builder().build()).applyValue(GetPartitionResult::partition),
                AwsFunctions.getCallerIdentity(GetCallerIdentityArgs.builder().build()).applyValue(GetCallerIdentityResult::accountId))
                .applyValue(t -> new AwsAccount(t.t1, region, t.t2));
    }
}
