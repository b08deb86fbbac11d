import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * `mongodbatlas.ProjectIpAccessList` provides an IP Access List entry resource. The access list grants access from IPs, CIDRs or AWS Security Groups (if VPC Peering is enabled) to clusters within the Project.
 *
 * The Official MongoDB Atlas Project Module makes use of this resource and simplifies IP access list configuration as part of project management.
 *
 * > **IMPORTANT:** When you remove an entry from the access list, existing connections from the removed address(es) may remain open for a variable amount of time. How much time passes before Atlas closes the connection depends on several factors, including how the connection was established, the particular behavior of the application or driver using the address, and the connection protocol (e.g., TCP or UDP). This is particularly important to consider when changing an existing IP address or CIDR block as they cannot be updated via the Provider, hence a change will force the destruction and recreation of entries.
 *
 * > **IMPORTANT:** During creation this resource does not validate whether the specified `ipAddress`, `cidrBlock`, or `awsSecurityGroup` already exists in the project's access list (known limitation). Defining a duplicate entry will result in a successful resource creation associated to the existing entry.
 *
 * ## Example Usage
 *
 * ### Using CIDR Block
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.ProjectIpAccessList("this", {
 *     projectId: projectId,
 *     cidrBlock: "1.2.3.4/32",
 *     comment: "cidr block test",
 * });
 * ```
 *
 * ### Using IP Address
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.ProjectIpAccessList("this", {
 *     projectId: projectId,
 *     ipAddress: "2.3.4.5",
 *     comment: "ip address test",
 * });
 * ```
 *
 * ### Using an AWS Security Group
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.NetworkContainer("this", {
 *     projectId: projectId,
 *     atlasCidrBlock: "192.168.208.0/21",
 *     providerName: "AWS",
 *     regionName: "US_EAST_1",
 * });
 * const thisNetworkPeering = new mongodbatlas.NetworkPeering("this", {
 *     projectId: projectId,
 *     containerId: _this.containerId,
 *     accepterRegionName: "us-east-1",
 *     providerName: "AWS",
 *     routeTableCidrBlock: "172.31.0.0/16",
 *     vpcId: "vpc-0d93d6f69f1578bd8",
 *     awsAccountId: "232589400519",
 * });
 * const thisProjectIpAccessList = new mongodbatlas.ProjectIpAccessList("this", {
 *     projectId: projectId,
 *     awsSecurityGroup: "sg-0026348ec11780bd1",
 *     comment: "AWS Security Group test",
 * }, {
 *     dependsOn: [thisNetworkPeering],
 * });
 * ```
 *
 * > **IMPORTANT:** In order to use AWS Security Group(s) VPC Peering must be enabled like above example.
 *
 * ### Further Examples
 * - Project IP Access List
 *
 * ## Import
 *
 * IP Access List entries can be imported using the `projectId` and `cidrBlock` or `ipAddress`, e.g.
 *
 * ```sh
 * $ pulumi import mongodbatlas:index/projectIpAccessList:ProjectIpAccessList this 5d0f1f74cf09a29120e123cd-10.242.88.0/21
 * ```
 *
 * For more information, see [MongoDB Atlas API Reference](https://www.mongodb.com/docs/atlas/reference/api/access-lists/).
 */
export declare class ProjectIpAccessList extends pulumi.CustomResource {
    /**
     * Get an existing ProjectIpAccessList resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ProjectIpAccessListState, opts?: pulumi.CustomResourceOptions): ProjectIpAccessList;
    /**
     * Returns true if the given object is an instance of ProjectIpAccessList.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is ProjectIpAccessList;
    /**
     * Unique identifier of the AWS security group to add to the access list. Mutually exclusive with `cidrBlock` and `ipAddress`.
     */
    readonly awsSecurityGroup: pulumi.Output<string>;
    /**
     * Range of IP addresses in CIDR notation to be added to the access list. Mutually exclusive with `ipAddress` and `awsSecurityGroup`.
     */
    readonly cidrBlock: pulumi.Output<string>;
    /**
     * Remark that explains the purpose or scope of this IP access list entry.
     */
    readonly comment: pulumi.Output<string>;
    /**
     * Single IP address to be added to the access list. Mutually exclusive with `cidrBlock` and `awsSecurityGroup`.
     */
    readonly ipAddress: pulumi.Output<string>;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    readonly projectId: pulumi.Output<string>;
    readonly timeouts: pulumi.Output<outputs.ProjectIpAccessListTimeouts | undefined>;
    /**
     * Create a ProjectIpAccessList resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ProjectIpAccessListArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering ProjectIpAccessList resources.
 */
export interface ProjectIpAccessListState {
    /**
     * Unique identifier of the AWS security group to add to the access list. Mutually exclusive with `cidrBlock` and `ipAddress`.
     */
    awsSecurityGroup?: pulumi.Input<string | undefined>;
    /**
     * Range of IP addresses in CIDR notation to be added to the access list. Mutually exclusive with `ipAddress` and `awsSecurityGroup`.
     */
    cidrBlock?: pulumi.Input<string | undefined>;
    /**
     * Remark that explains the purpose or scope of this IP access list entry.
     */
    comment?: pulumi.Input<string | undefined>;
    /**
     * Single IP address to be added to the access list. Mutually exclusive with `cidrBlock` and `awsSecurityGroup`.
     */
    ipAddress?: pulumi.Input<string | undefined>;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId?: pulumi.Input<string | undefined>;
    timeouts?: pulumi.Input<inputs.ProjectIpAccessListTimeouts | undefined>;
}
/**
 * The set of arguments for constructing a ProjectIpAccessList resource.
 */
export interface ProjectIpAccessListArgs {
    /**
     * Unique identifier of the AWS security group to add to the access list. Mutually exclusive with `cidrBlock` and `ipAddress`.
     */
    awsSecurityGroup?: pulumi.Input<string | undefined>;
    /**
     * Range of IP addresses in CIDR notation to be added to the access list. Mutually exclusive with `ipAddress` and `awsSecurityGroup`.
     */
    cidrBlock?: pulumi.Input<string | undefined>;
    /**
     * Remark that explains the purpose or scope of this IP access list entry.
     */
    comment?: pulumi.Input<string | undefined>;
    /**
     * Single IP address to be added to the access list. Mutually exclusive with `cidrBlock` and `awsSecurityGroup`.
     */
    ipAddress?: pulumi.Input<string | undefined>;
    /**
     * Unique 24-hexadecimal digit string that identifies your project, also known as `groupId` in the official documentation.
     */
    projectId: pulumi.Input<string>;
    timeouts?: pulumi.Input<inputs.ProjectIpAccessListTimeouts | undefined>;
}
//# sourceMappingURL=projectIpAccessList.d.ts.map