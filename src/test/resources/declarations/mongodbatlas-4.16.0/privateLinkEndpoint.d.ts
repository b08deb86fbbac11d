import * as pulumi from "@pulumi/pulumi";
/**
 * `mongodbatlas.PrivateLinkEndpoint` provides a Private Endpoint resource. This represents a [Private Endpoint Service](https://www.mongodb.com/docs/atlas/security-private-endpoint/#private-endpoint-concepts) that can be created in an Atlas project.
 *
 * > **IMPORTANT:** This resource creates a Private Endpoint *Service* in MongoDB Atlas. The endpoint itself is created in your cloud provider using the information returned by this resource. The complementary resource `mongodbatlas.PrivateLinkEndpointService` is used to link your cloud provider's endpoint to the Atlas service.
 *
 * The Official MongoDB Atlas cloud provider modules for AWS, Azure, and Google Cloud make use of this resource and simplify private endpoint configuration.
 *
 * > **NOTE:** You must have Organization Owner or Project Owner role. A network container is created for a private endpoint if one does not yet exist in the project. Before configuring a private endpoint for a new region, review the [Multi-Region Private Endpoints](https://www.mongodb.com/docs/atlas/troubleshoot-private-endpoints/#multi-region-private-endpoints) troubleshooting documentation.
 *
 * > **IMPORTANT:** For GCP, MongoDB encourages customers to use the port-mapped architecture by setting `portMappingEnabled = true`. This architecture uses a single set of resources to support up to 150 nodes. The legacy architecture requires dedicated resources for each Atlas node, which can lead to IP address exhaustion. For migration guidance, see the GCP Private Service Connect to Port-Mapped Architecture.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const _this = new mongodbatlas.PrivateLinkEndpoint("this", {
 *     projectId: projectId,
 *     providerName: "AWS",
 *     region: "US_EAST_1",
 * });
 * ```
 *
 * ### AWS Cross-Region Private Endpoint
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const crossRegion = new mongodbatlas.PrivateLinkEndpoint("cross_region", {
 *     projectId: projectId,
 *     providerName: "AWS",
 *     region: "US_EAST_1",
 *     supportedRemoteRegions: [
 *         "EU_WEST_1",
 *         "AP_SOUTHEAST_1",
 *     ],
 * });
 * ```
 *
 * ### Further Examples
 * - AWS PrivateLink Endpoint
 * - Azure PrivateLink Endpoint
 * - GCP Private Service Connect Endpoint (Port-Mapped Architecture)
 *
 * ## Import
 *
 * Private Endpoint Service can be imported using project ID, private link ID, provider name and region, in the format `{project_id}-{private_link_id}-{provider_name}-{region}`, e.g.
 *
 * ```sh
 * $ pulumi import mongodbatlas:index/privateLinkEndpoint:PrivateLinkEndpoint this 1112222b3bf99403840e8934-3242342343112-AWS-us-east-1
 * ```
 *
 * For more information, see:
 * - [MongoDB API Private Endpoint Service](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-creategroupprivateendpointendpointservice) for detailed arguments and attributes.
 * - [Set Up a Private Endpoint](https://www.mongodb.com/docs/atlas/security-private-endpoint/) for general guidance on private endpoints in MongoDB Atlas.
 */
export declare class PrivateLinkEndpoint extends pulumi.CustomResource {
    /**
     * Get an existing PrivateLinkEndpoint resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: PrivateLinkEndpointState, opts?: pulumi.CustomResourceOptions): PrivateLinkEndpoint;
    /**
     * Returns true if the given object is an instance of PrivateLinkEndpoint.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is PrivateLinkEndpoint;
    /**
     * Indicates whether to delete the resource being created if a timeout is reached when waiting for completion. When set to `true` and timeout occurs, it triggers the deletion and returns immediately without waiting for deletion to complete. When set to `false`, the timeout will not trigger resource deletion. If you suspect a transient error when the value is `true`, wait before retrying to allow resource deletion to finish. Default is `true`.
     */
    readonly deleteOnCreateTimeout: pulumi.Output<boolean | undefined>;
    /**
     * List of private endpoint names associated with the private endpoint service for port-mapped architectures. For GCP legacy private endpoint architectures, this is a list of endpoint group names associated with the private endpoint service.
     */
    readonly endpointGroupNames: pulumi.Output<string[]>;
    /**
     * Name of the PrivateLink endpoint service in AWS. Returns `null` while Atlas creates the endpoint service.
     */
    readonly endpointServiceName: pulumi.Output<string>;
    /**
     * Error message for the private endpoint connection. Returns `null` if there are no errors.
     */
    readonly errorMessage: pulumi.Output<string>;
    /**
     * Unique identifiers of the interface endpoints in your VPC that you added to the AWS PrivateLink connection.
     */
    readonly interfaceEndpoints: pulumi.Output<string[]>;
    /**
     * Flag that indicates whether this resource uses GCP port-mapping. When `true`, the resource uses port-mapped architecture. When `false` or unset, the resource uses GCP legacy private endpoint architecture. Only applicable for GCP provider.
     */
    readonly portMappingEnabled: pulumi.Output<boolean | undefined>;
    /**
     * All private endpoints that you have added to this Azure Private Link Service.
     */
    readonly privateEndpoints: pulumi.Output<string[]>;
    /**
     * Unique identifier of the private endpoint connection.
     */
    readonly privateLinkId: pulumi.Output<string>;
    /**
     * Name of the Azure Private Link Service that Atlas manages.
     */
    readonly privateLinkServiceName: pulumi.Output<string>;
    /**
     * Resource ID of the Azure Private Link Service.
     */
    readonly privateLinkServiceResourceId: pulumi.Output<string>;
    /**
     * Unique identifier for the project, also known as `groupId` in the official documentation.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Name of the cloud provider for which you want to create the private endpoint service. Atlas accepts `AWS`, `AZURE`, `GCP`.
     */
    readonly providerName: pulumi.Output<string>;
    /**
     * Cloud provider region in which you want to create the private endpoint connection.
     * Accepted values are: [AWS regions](https://www.mongodb.com/docs/atlas/reference/amazon-aws/#amazon-aws), [AZURE regions](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/#microsoft-azure) and [GCP regions](https://www.mongodb.com/docs/atlas/reference/google-gcp/#std-label-google-gcp)
     */
    readonly region: pulumi.Output<string>;
    /**
     * Region for the Private Service Connect endpoint service.
     */
    readonly regionName: pulumi.Output<string>;
    /**
     * List containing one service attachment connected to the private endpoint service for port-mapped architecture. For GCP legacy private endpoint architecture, this is a list of service attachments connected to the private endpoint service (one per Atlas node). Returns an empty list while Atlas creates the service attachments.
     */
    readonly serviceAttachmentNames: pulumi.Output<string[]>;
    /**
     * values:
     * * `AVAILABLE` - Atlas created the load balancer and the GCP Private Service Connect service.
     * * `INITIATING` - Atlas is creating the load balancer and the GCP Private Service Connect service.
     * * `FAILED` - Atlas failed to create the load balancer and the GCP Private Service Connect service.
     * * `DELETING` - Atlas is deleting the GCP Private Service Connect service.
     */
    readonly status: pulumi.Output<string>;
    /**
     * List of additional AWS regions that can connect to the endpoint service. Regions must be specified in Atlas format (e.g., `US_EAST_1`). Only applicable for AWS provider. The `regionName` is supported by default and must not be included.
     */
    readonly supportedRemoteRegions: pulumi.Output<string[] | undefined>;
    /**
     * Create a PrivateLinkEndpoint resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: PrivateLinkEndpointArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering PrivateLinkEndpoint resources.
 */
export interface PrivateLinkEndpointState {
    /**
     * Indicates whether to delete the resource being created if a timeout is reached when waiting for completion. When set to `true` and timeout occurs, it triggers the deletion and returns immediately without waiting for deletion to complete. When set to `false`, the timeout will not trigger resource deletion. If you suspect a transient error when the value is `true`, wait before retrying to allow resource deletion to finish. Default is `true`.
     */
    deleteOnCreateTimeout?: pulumi.Input<boolean | undefined>;
    /**
     * List of private endpoint names associated with the private endpoint service for port-mapped architectures. For GCP legacy private endpoint architectures, this is a list of endpoint group names associated with the private endpoint service.
     */
    endpointGroupNames?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Name of the PrivateLink endpoint service in AWS. Returns `null` while Atlas creates the endpoint service.
     */
    endpointServiceName?: pulumi.Input<string | undefined>;
    /**
     * Error message for the private endpoint connection. Returns `null` if there are no errors.
     */
    errorMessage?: pulumi.Input<string | undefined>;
    /**
     * Unique identifiers of the interface endpoints in your VPC that you added to the AWS PrivateLink connection.
     */
    interfaceEndpoints?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Flag that indicates whether this resource uses GCP port-mapping. When `true`, the resource uses port-mapped architecture. When `false` or unset, the resource uses GCP legacy private endpoint architecture. Only applicable for GCP provider.
     */
    portMappingEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * All private endpoints that you have added to this Azure Private Link Service.
     */
    privateEndpoints?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * Unique identifier of the private endpoint connection.
     */
    privateLinkId?: pulumi.Input<string | undefined>;
    /**
     * Name of the Azure Private Link Service that Atlas manages.
     */
    privateLinkServiceName?: pulumi.Input<string | undefined>;
    /**
     * Resource ID of the Azure Private Link Service.
     */
    privateLinkServiceResourceId?: pulumi.Input<string | undefined>;
    /**
     * Unique identifier for the project, also known as `groupId` in the official documentation.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Name of the cloud provider for which you want to create the private endpoint service. Atlas accepts `AWS`, `AZURE`, `GCP`.
     */
    providerName?: pulumi.Input<string | undefined>;
    /**
     * Cloud provider region in which you want to create the private endpoint connection.
     * Accepted values are: [AWS regions](https://www.mongodb.com/docs/atlas/reference/amazon-aws/#amazon-aws), [AZURE regions](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/#microsoft-azure) and [GCP regions](https://www.mongodb.com/docs/atlas/reference/google-gcp/#std-label-google-gcp)
     */
    region?: pulumi.Input<string | undefined>;
    /**
     * Region for the Private Service Connect endpoint service.
     */
    regionName?: pulumi.Input<string | undefined>;
    /**
     * List containing one service attachment connected to the private endpoint service for port-mapped architecture. For GCP legacy private endpoint architecture, this is a list of service attachments connected to the private endpoint service (one per Atlas node). Returns an empty list while Atlas creates the service attachments.
     */
    serviceAttachmentNames?: pulumi.Input<pulumi.Input<string>[] | undefined>;
    /**
     * values:
     * * `AVAILABLE` - Atlas created the load balancer and the GCP Private Service Connect service.
     * * `INITIATING` - Atlas is creating the load balancer and the GCP Private Service Connect service.
     * * `FAILED` - Atlas failed to create the load balancer and the GCP Private Service Connect service.
     * * `DELETING` - Atlas is deleting the GCP Private Service Connect service.
     */
    status?: pulumi.Input<string | undefined>;
    /**
     * List of additional AWS regions that can connect to the endpoint service. Regions must be specified in Atlas format (e.g., `US_EAST_1`). Only applicable for AWS provider. The `regionName` is supported by default and must not be included.
     */
    supportedRemoteRegions?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
/**
 * The set of arguments for constructing a PrivateLinkEndpoint resource.
 */
export interface PrivateLinkEndpointArgs {
    /**
     * Indicates whether to delete the resource being created if a timeout is reached when waiting for completion. When set to `true` and timeout occurs, it triggers the deletion and returns immediately without waiting for deletion to complete. When set to `false`, the timeout will not trigger resource deletion. If you suspect a transient error when the value is `true`, wait before retrying to allow resource deletion to finish. Default is `true`.
     */
    deleteOnCreateTimeout?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether this resource uses GCP port-mapping. When `true`, the resource uses port-mapped architecture. When `false` or unset, the resource uses GCP legacy private endpoint architecture. Only applicable for GCP provider.
     */
    portMappingEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Unique identifier for the project, also known as `groupId` in the official documentation.
     */
    projectId: pulumi.Input<string>;
    /**
     * Name of the cloud provider for which you want to create the private endpoint service. Atlas accepts `AWS`, `AZURE`, `GCP`.
     */
    providerName: pulumi.Input<string>;
    /**
     * Cloud provider region in which you want to create the private endpoint connection.
     * Accepted values are: [AWS regions](https://www.mongodb.com/docs/atlas/reference/amazon-aws/#amazon-aws), [AZURE regions](https://www.mongodb.com/docs/atlas/reference/microsoft-azure/#microsoft-azure) and [GCP regions](https://www.mongodb.com/docs/atlas/reference/google-gcp/#std-label-google-gcp)
     */
    region: pulumi.Input<string>;
    /**
     * List of additional AWS regions that can connect to the endpoint service. Regions must be specified in Atlas format (e.g., `US_EAST_1`). Only applicable for AWS provider. The `regionName` is supported by default and must not be included.
     */
    supportedRemoteRegions?: pulumi.Input<pulumi.Input<string>[] | undefined>;
}
//# sourceMappingURL=privateLinkEndpoint.d.ts.map