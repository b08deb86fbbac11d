package io.github.overleafha.infra.aws;

import com.pulumi.aws.iam.InstanceProfile;
import com.pulumi.aws.iam.InstanceProfileArgs;
import com.pulumi.aws.iam.Role;
import com.pulumi.aws.iam.RoleArgs;
import com.pulumi.aws.iam.RolePolicyAttachment;
import com.pulumi.aws.iam.RolePolicyAttachmentArgs;
import com.pulumi.core.Output;
import com.pulumi.resources.ComponentResourceOptions;
import com.pulumi.resources.Resource;
import io.github.overleafha.infra.Component;
import io.github.overleafha.infra.StackTags;
import io.github.overleafha.render.IamPolicies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * The Server Pro nodes' instance role. Server Pro's S3 client finds it through the default credential chain, so
 * no access key exists anywhere; the role holds exactly the policies it is given.
 */
public final class NodeIdentity extends Component {

    private final Role role;
    private final InstanceProfile instanceProfile;
    private final List<RolePolicyAttachment> attachments = new ArrayList<>();

    /**
     * @param policyArns the policies to attach, by a short stable name used in the attachment's resource name
     */
    public record Args(SortedMap<String, Output<String>> policyArns, StackTags tags) {
    }

    public NodeIdentity(String name, Args args, ComponentResourceOptions options) {
        super("aws:NodeIdentity", name, options);
        StackTags tags = args.tags();
        SortedMap<String, Output<String>> policyArns = args.policyArns();
        role = new Role(childName("role"), RoleArgs.builder()
                .description("Overleaf Server Pro nodes")
                .assumeRolePolicy(IamPolicies.assumeRoleBy("ec2.amazonaws.com"))
                .tags(tags(tags, childName("role")))
                .build(), child());
        policyArns.forEach((policyName, arn) -> attachments.add(new RolePolicyAttachment(childName(policyName),
                RolePolicyAttachmentArgs.builder()
                        .role(role.name())
                        .policyArn(arn)
                        .build(), child())));
        instanceProfile = new InstanceProfile(childName("profile"), InstanceProfileArgs.builder()
                .role(role.name())
                .tags(tags(tags, childName("profile")))
                .build(), child());
        registerOutputs(Map.of("roleArn", role.arn()));
    }

    /** The role's permissions: an instance booting before they are attached fails its first AWS calls. */
    public List<Resource> permissions() {
        return List.copyOf(attachments);
    }

    public Output<String> roleArn() {
        return role.arn();
    }

    public Output<String> instanceProfileName() {
        return instanceProfile.name();
    }
}
