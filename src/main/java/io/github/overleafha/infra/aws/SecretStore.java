package io.github.overleafha.infra.aws;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.pulumi.aws.iam.Policy;
import com.pulumi.aws.iam.PolicyArgs;
import com.pulumi.aws.secretsmanager.Secret;
import com.pulumi.aws.secretsmanager.SecretArgs;
import com.pulumi.aws.secretsmanager.SecretVersion;
import com.pulumi.aws.secretsmanager.SecretVersionArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;
import io.github.overleafha.core.AwsAccount;
import io.github.overleafha.core.StackNames;
import io.github.overleafha.render.IamPolicies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One AWS Secrets Manager secret holding a flat JSON object (e.g. Server Pro's secret environment, variable name to
 * value), and the policy that reads it. Nodes fetch it at boot with their instance role; user data only names the
 * secret, never a value.
 */
public final class SecretStore extends Component {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Secret secret;
    private final String namePrefix;
    private final Output<String> readPolicyArn;
    private final SecretVersion version;

    /**
     * @param secretName         the prefix of the secret's name (AWS completes it, see below)
     * @param recoveryWindowDays how long a deleted secret can still be restored
     * @param retainOnDestroy    the secret is retained by {@code pulumi destroy} instead of protected
     * @param environment        the secret's content: variable name to value
     * @param account            the stack's partition and account: the read policy names the secret's ARN built from
     *                           its name prefix, so it is known in a first preview
     */
    public record Args(String secretName, String description, int recoveryWindowDays, boolean retainOnDestroy,
                       Map<String, Output<String>> environment, Output<AwsAccount> account, StackTags tags) {
    }

    public SecretStore(String name, Args args, ComponentResourceOptions options) {
        super("aws:SecretStore", name, options);
        String secretName = args.secretName();
        String description = args.description();
        int recoveryWindowDays = args.recoveryWindowDays();
        boolean retainOnDestroy = args.retainOnDestroy();
        Map<String, Output<String>> environment = args.environment();
        Output<AwsAccount> account = args.account();
        StackTags tags = args.tags();
        namePrefix = StackNames.secretNamePrefix(secretName);
        secret = new Secret(childName("environment"), SecretArgs.builder()
                // A prefix, not a name: a deleted secret keeps its name for the recovery window, so a stack
                // destroyed and brought up again inside it could not create a secret of the same name. Nodes find
                // the secret by its prefix (their user data is known before the secret exists; its ARN is not).
                .namePrefix(namePrefix)
                .description(description)
                .recoveryWindowInDays(recoveryWindowDays)
                .tags(tags(tags, secretName))
                .build(), dataChild(retainOnDestroy));
        version = new SecretVersion(childName("environment"), SecretVersionArgs.builder()
                .secretId(secret.id())
                .secretString(asJson(environment))
                .build(), child());
        var readPolicy = new Policy(childName("read"), PolicyArgs.builder()
                .description("Server Pro nodes: read " + secretName)
                // Any suffix after the prefix: the policy stays known in a first preview, and no other secret
                // starts with this stack's path.
                .policy(account.applyValue(a -> IamPolicies.readSecret(a.secret(namePrefix + "*"))))
                .tags(tags(tags, childName("read")))
                .build(), child());
        readPolicyArn = AwsAccounts.policyArn(account, readPolicy);
        registerOutputs(Map.of("secretArn", secret.arn()));
    }

    /** One JSON object, keys sorted so the same values always give the same text; secret because its parts are. */
    private static Output<String> asJson(Map<String, Output<String>> environment) {
        List<String> names = new ArrayList<>(new TreeMap<>(environment).keySet());
        return Output.all(names.stream().map(environment::get).toList()).applyValue(values -> {
            Map<String, String> document = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                document.put(names.get(i), values.get(i));
            }
            try {
                return JSON.writeValueAsString(document);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings always serialises", e);
            }
        }).asSecret();
    }

    /** The secret's value: nodes reading it at boot must start after it exists. */
    public Resource value() {
        return version;
    }

    /** What the secret's name starts with: nodes find it by this. */
    public String namePrefix() {
        return namePrefix;
    }

    public Output<String> secretArn() {
        return secret.arn();
    }

    public Output<String> readPolicyArn() {
        return readPolicyArn;
    }
}
