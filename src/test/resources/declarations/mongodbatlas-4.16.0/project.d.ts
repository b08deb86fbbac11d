import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * `mongodbatlas.Project` provides a Project resource. This allows project to be created.
 *
 * The Official MongoDB Atlas Project Module simplifies project management by bundling IP access lists, maintenance windows, backup compliance policies, and log integrations.
 *
 * > **NOTE:** If Backup Compliance Policy is enabled for the project for which this backup schedule is defined, you cannot delete the Atlas project if any snapshots exist.  See [Backup Compliance Policy Prohibited Actions and Considerations](https://www.mongodb.com/docs/atlas/backup/cloud-backup/backup-compliance-policy/#configure-a-backup-compliance-policy).
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const test = mongodbatlas.getRolesOrgId({});
 * const testProject = new mongodbatlas.Project("test", {
 *     name: "project-name",
 *     orgId: test.then(test => test.orgId),
 *     projectOwnerId: "<OWNER_ACCOUNT_ID>",
 *     limits: [
 *         {
 *             name: "atlas.project.deployment.clusters",
 *             value: 26,
 *         },
 *         {
 *             name: "atlas.project.deployment.nodesPerPrivateLinkRegion",
 *             value: 51,
 *         },
 *     ],
 *     isCollectDatabaseSpecificsStatisticsEnabled: true,
 *     isDataExplorerEnabled: true,
 *     isExtendedStorageSizesEnabled: true,
 *     isPerformanceAdvisorEnabled: true,
 *     isRealtimePerformancePanelEnabled: true,
 *     isSchemaAdvisorEnabled: true,
 *     isSlowOperationThresholdingEnabled: true,
 * });
 * ```
 *
 * ### Further Examples
 * - Atlas Project with custom limits
 *
 * ## Import
 *
 * Project must be imported using project ID, e.g.
 *
 * ```sh
 * $ pulumi import mongodbatlas:index/project:Project my_project 5d09d6a59ccf6445652a444a
 * ```
 * For more information see: [MongoDB Atlas Admin API Projects](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/#tag/Projects) and [MongoDB Atlas Admin API Teams](https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/#tag/Teams) Documentation for more information.
 */
export declare class Project extends pulumi.CustomResource {
    /**
     * Get an existing Project resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: ProjectState, opts?: pulumi.CustomResourceOptions): Project;
    /**
     * Returns true if the given object is an instance of Project.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is Project;
    /**
     * The number of Atlas clusters deployed in the project.
     */
    readonly clusterCount: pulumi.Output<number>;
    /**
     * The ISO-8601-formatted timestamp of when Atlas created the project.
     */
    readonly created: pulumi.Output<string>;
    /**
     * IP addresses in a project categorized by services. See IP Addresses. **WARNING:** This attribute is deprecated, use the `mongodbatlas.getProjectIpAddresses` data source instead.
     *
     * @deprecated This parameter is deprecated. Please transition to mongodbatlas.getProjectIpAddresses data source.
     */
    readonly ipAddresses: pulumi.Output<outputs.ProjectIpAddresses>;
    /**
     * Flag that indicates whether to enable the AI Assistant for the project's clusters. By default, this flag is set to true.
     */
    readonly isClusterAiAssistantEnabled: pulumi.Output<boolean>;
    /**
     * Flag that indicates whether to enable statistics in [cluster metrics](https://www.mongodb.com/docs/atlas/monitor-cluster-metrics/) collection for the project. By default, this flag is set to true.
     */
    readonly isCollectDatabaseSpecificsStatisticsEnabled: pulumi.Output<boolean>;
    /**
     * Flag that indicates whether to enable Data Explorer for the project. If enabled, you can query your database with an easy to use interface.  When Data Explorer is disabled, you cannot terminate slow operations from the [Real-Time Performance Panel](https://www.mongodb.com/docs/atlas/real-time-performance-panel/#std-label-real-time-metrics-status-tab) or create indexes from the [Performance Advisor](https://www.mongodb.com/docs/atlas/performance-advisor/#std-label-performance-advisor). You can still view Performance Advisor recommendations, but you must create those indexes from [mongosh](https://www.mongodb.com/docs/mongodb-shell/#mongodb-binary-bin.mongosh). By default, this flag is set to true.
     */
    readonly isDataExplorerEnabled: pulumi.Output<boolean>;
    /**
     * Flag that indicates whether to enable generative AI features in the Data Explorer for the project. By default, this flag is set to true.
     */
    readonly isDataExplorerGenAiFeaturesEnabled: pulumi.Output<boolean>;
    /**
     * Flag that indicates whether to enable passing sample documents to generative AI features in the Data Explorer for the project. By default, this flag is set to false.
     */
    readonly isDataExplorerGenAiSampleDocumentPassingEnabled: pulumi.Output<boolean>;
    /**
     * Flag that indicates whether to enable extended storage sizes for the specified project. Clusters with extended storage sizes must be on AWS or GCP, and cannot span multiple regions. When extending storage size, initial syncs and cross-project snapshot restores will be slow. This setting should only be used as a measure of temporary relief; consider sharding if more storage is required.
     */
    readonly isExtendedStorageSizesEnabled: pulumi.Output<boolean>;
    /**
     * Flag that indicates whether to enable Native Reranking with Voyage AI models in the Aggregation Pipeline for the project. By default, this flag is set to false.
     */
    readonly isNativeRerankingEnabled: pulumi.Output<boolean>;
    /**
     * Flag that indicates whether to enable Performance Advisor and Profiler for the project. If enabled, you can analyze database logs to recommend performance improvements. By default, this flag is set to true.
     */
    readonly isPerformanceAdvisorEnabled: pulumi.Output<boolean>;
    /**
     * Flag that indicates whether to enable Real Time Performance Panel for the project. If enabled, you can see real time metrics from your MongoDB database. By default, this flag is set to true.
     */
    readonly isRealtimePerformancePanelEnabled: pulumi.Output<boolean>;
    /**
     * Flag that indicates whether to enable Schema Advisor for the project. If enabled, you receive customized recommendations to optimize your data model and enhance performance. Disable this setting to disable schema suggestions in the [Performance Advisor](https://www.mongodb.com/docs/atlas/performance-advisor/#std-label-performance-advisor) and the [Data Explorer](https://www.mongodb.com/docs/atlas/atlas-ui/#std-label-atlas-ui). By default, this flag is set to true.
     */
    readonly isSchemaAdvisorEnabled: pulumi.Output<boolean>;
    /**
     * (Optional) Flag that enables MongoDB Cloud to use its slow operation threshold for the specified project. The threshold determines which operations the Performance Advisor and Query Profiler considers slow. When enabled, MongoDB Cloud uses the average execution time for operations on your cluster to determine slow-running queries. As a result, the threshold is more pertinent to your cluster workload. The slow operation threshold is enabled by default for dedicated clusters (M10+). When disabled, MongoDB Cloud considers any operation that takes longer than 100 milliseconds to be slow. **Note**: To use this attribute, the requesting API Key must have the Project Owner role, if not it will show a warning and will return `false`. If you are not using this field, you don't need to take any action.
     *
     * @deprecated This parameter is deprecated.
     */
    readonly isSlowOperationThresholdingEnabled: pulumi.Output<boolean>;
    readonly limits: pulumi.Output<outputs.ProjectLimit[] | undefined>;
    /**
     * The name of the project you want to create.
     */
    readonly name: pulumi.Output<string>;
    /**
     * The ID of the organization you want to create the project within.
     */
    readonly orgId: pulumi.Output<string>;
    /**
     * Unique 24-hexadecimal digit string that identifies the Atlas user account to be granted the [Project Owner](https://www.mongodb.com/docs/atlas/reference/user-roles/#mongodb-authrole-Project-Owner) role on the specified project. If you set this parameter, it overrides the default value of the oldest [Organization Owner](https://www.mongodb.com/docs/atlas/reference/user-roles/#mongodb-authrole-Organization-Owner).
     */
    readonly projectOwnerId: pulumi.Output<string | undefined>;
    /**
     * Designates that this project can be used for government regions only.  If not set the project will default to standard regions.   You cannot deploy clusters across government and standard regions in the same project. AWS is the only cloud provider for AtlasGov.  For more information see [MongoDB Atlas for Government](https://www.mongodb.com/docs/atlas/government/api/#creating-a-project).
     */
    readonly regionUsageRestrictions: pulumi.Output<string>;
    /**
     * Map that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the project. See below.
     */
    readonly tags: pulumi.Output<{
        [key: string]: string;
    } | undefined>;
    /**
     * @deprecated This parameter is deprecated and will be removed in the next major release. Please transition to `mongodbatlas.TeamProjectAssignment`. For more details, see https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/atlas-user-management.
     */
    readonly teams: pulumi.Output<outputs.ProjectTeam[] | undefined>;
    /**
     * Flag that indicates whether to create the project with default alert settings. This setting cannot be updated after project creation. By default, this flag is set to true.
     */
    readonly withDefaultAlertsSettings: pulumi.Output<boolean>;
    /**
     * Create a Project resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: ProjectArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering Project resources.
 */
export interface ProjectState {
    /**
     * The number of Atlas clusters deployed in the project.
     */
    clusterCount?: pulumi.Input<number | undefined>;
    /**
     * The ISO-8601-formatted timestamp of when Atlas created the project.
     */
    created?: pulumi.Input<string | undefined>;
    /**
     * IP addresses in a project categorized by services. See IP Addresses. **WARNING:** This attribute is deprecated, use the `mongodbatlas.getProjectIpAddresses` data source instead.
     *
     * @deprecated This parameter is deprecated. Please transition to mongodbatlas.getProjectIpAddresses data source.
     */
    ipAddresses?: pulumi.Input<inputs.ProjectIpAddresses | undefined>;
    /**
     * Flag that indicates whether to enable the AI Assistant for the project's clusters. By default, this flag is set to true.
     */
    isClusterAiAssistantEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable statistics in [cluster metrics](https://www.mongodb.com/docs/atlas/monitor-cluster-metrics/) collection for the project. By default, this flag is set to true.
     */
    isCollectDatabaseSpecificsStatisticsEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Data Explorer for the project. If enabled, you can query your database with an easy to use interface.  When Data Explorer is disabled, you cannot terminate slow operations from the [Real-Time Performance Panel](https://www.mongodb.com/docs/atlas/real-time-performance-panel/#std-label-real-time-metrics-status-tab) or create indexes from the [Performance Advisor](https://www.mongodb.com/docs/atlas/performance-advisor/#std-label-performance-advisor). You can still view Performance Advisor recommendations, but you must create those indexes from [mongosh](https://www.mongodb.com/docs/mongodb-shell/#mongodb-binary-bin.mongosh). By default, this flag is set to true.
     */
    isDataExplorerEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable generative AI features in the Data Explorer for the project. By default, this flag is set to true.
     */
    isDataExplorerGenAiFeaturesEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable passing sample documents to generative AI features in the Data Explorer for the project. By default, this flag is set to false.
     */
    isDataExplorerGenAiSampleDocumentPassingEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable extended storage sizes for the specified project. Clusters with extended storage sizes must be on AWS or GCP, and cannot span multiple regions. When extending storage size, initial syncs and cross-project snapshot restores will be slow. This setting should only be used as a measure of temporary relief; consider sharding if more storage is required.
     */
    isExtendedStorageSizesEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Native Reranking with Voyage AI models in the Aggregation Pipeline for the project. By default, this flag is set to false.
     */
    isNativeRerankingEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Performance Advisor and Profiler for the project. If enabled, you can analyze database logs to recommend performance improvements. By default, this flag is set to true.
     */
    isPerformanceAdvisorEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Real Time Performance Panel for the project. If enabled, you can see real time metrics from your MongoDB database. By default, this flag is set to true.
     */
    isRealtimePerformancePanelEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Schema Advisor for the project. If enabled, you receive customized recommendations to optimize your data model and enhance performance. Disable this setting to disable schema suggestions in the [Performance Advisor](https://www.mongodb.com/docs/atlas/performance-advisor/#std-label-performance-advisor) and the [Data Explorer](https://www.mongodb.com/docs/atlas/atlas-ui/#std-label-atlas-ui). By default, this flag is set to true.
     */
    isSchemaAdvisorEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * (Optional) Flag that enables MongoDB Cloud to use its slow operation threshold for the specified project. The threshold determines which operations the Performance Advisor and Query Profiler considers slow. When enabled, MongoDB Cloud uses the average execution time for operations on your cluster to determine slow-running queries. As a result, the threshold is more pertinent to your cluster workload. The slow operation threshold is enabled by default for dedicated clusters (M10+). When disabled, MongoDB Cloud considers any operation that takes longer than 100 milliseconds to be slow. **Note**: To use this attribute, the requesting API Key must have the Project Owner role, if not it will show a warning and will return `false`. If you are not using this field, you don't need to take any action.
     *
     * @deprecated This parameter is deprecated.
     */
    isSlowOperationThresholdingEnabled?: pulumi.Input<boolean | undefined>;
    limits?: pulumi.Input<pulumi.Input<inputs.ProjectLimit>[] | undefined>;
    /**
     * The name of the project you want to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the organization you want to create the project within.
     */
    orgId?: pulumi.Input<string | undefined>;
    /**
     * Unique 24-hexadecimal digit string that identifies the Atlas user account to be granted the [Project Owner](https://www.mongodb.com/docs/atlas/reference/user-roles/#mongodb-authrole-Project-Owner) role on the specified project. If you set this parameter, it overrides the default value of the oldest [Organization Owner](https://www.mongodb.com/docs/atlas/reference/user-roles/#mongodb-authrole-Organization-Owner).
     */
    projectOwnerId?: pulumi.Input<string | undefined>;
    /**
     * Designates that this project can be used for government regions only.  If not set the project will default to standard regions.   You cannot deploy clusters across government and standard regions in the same project. AWS is the only cloud provider for AtlasGov.  For more information see [MongoDB Atlas for Government](https://www.mongodb.com/docs/atlas/government/api/#creating-a-project).
     */
    regionUsageRestrictions?: pulumi.Input<string | undefined>;
    /**
     * Map that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the project. See below.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * @deprecated This parameter is deprecated and will be removed in the next major release. Please transition to `mongodbatlas.TeamProjectAssignment`. For more details, see https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/atlas-user-management.
     */
    teams?: pulumi.Input<pulumi.Input<inputs.ProjectTeam>[] | undefined>;
    /**
     * Flag that indicates whether to create the project with default alert settings. This setting cannot be updated after project creation. By default, this flag is set to true.
     */
    withDefaultAlertsSettings?: pulumi.Input<boolean | undefined>;
}
/**
 * The set of arguments for constructing a Project resource.
 */
export interface ProjectArgs {
    /**
     * Flag that indicates whether to enable the AI Assistant for the project's clusters. By default, this flag is set to true.
     */
    isClusterAiAssistantEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable statistics in [cluster metrics](https://www.mongodb.com/docs/atlas/monitor-cluster-metrics/) collection for the project. By default, this flag is set to true.
     */
    isCollectDatabaseSpecificsStatisticsEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Data Explorer for the project. If enabled, you can query your database with an easy to use interface.  When Data Explorer is disabled, you cannot terminate slow operations from the [Real-Time Performance Panel](https://www.mongodb.com/docs/atlas/real-time-performance-panel/#std-label-real-time-metrics-status-tab) or create indexes from the [Performance Advisor](https://www.mongodb.com/docs/atlas/performance-advisor/#std-label-performance-advisor). You can still view Performance Advisor recommendations, but you must create those indexes from [mongosh](https://www.mongodb.com/docs/mongodb-shell/#mongodb-binary-bin.mongosh). By default, this flag is set to true.
     */
    isDataExplorerEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable generative AI features in the Data Explorer for the project. By default, this flag is set to true.
     */
    isDataExplorerGenAiFeaturesEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable passing sample documents to generative AI features in the Data Explorer for the project. By default, this flag is set to false.
     */
    isDataExplorerGenAiSampleDocumentPassingEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable extended storage sizes for the specified project. Clusters with extended storage sizes must be on AWS or GCP, and cannot span multiple regions. When extending storage size, initial syncs and cross-project snapshot restores will be slow. This setting should only be used as a measure of temporary relief; consider sharding if more storage is required.
     */
    isExtendedStorageSizesEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Native Reranking with Voyage AI models in the Aggregation Pipeline for the project. By default, this flag is set to false.
     */
    isNativeRerankingEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Performance Advisor and Profiler for the project. If enabled, you can analyze database logs to recommend performance improvements. By default, this flag is set to true.
     */
    isPerformanceAdvisorEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Real Time Performance Panel for the project. If enabled, you can see real time metrics from your MongoDB database. By default, this flag is set to true.
     */
    isRealtimePerformancePanelEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * Flag that indicates whether to enable Schema Advisor for the project. If enabled, you receive customized recommendations to optimize your data model and enhance performance. Disable this setting to disable schema suggestions in the [Performance Advisor](https://www.mongodb.com/docs/atlas/performance-advisor/#std-label-performance-advisor) and the [Data Explorer](https://www.mongodb.com/docs/atlas/atlas-ui/#std-label-atlas-ui). By default, this flag is set to true.
     */
    isSchemaAdvisorEnabled?: pulumi.Input<boolean | undefined>;
    /**
     * (Optional) Flag that enables MongoDB Cloud to use its slow operation threshold for the specified project. The threshold determines which operations the Performance Advisor and Query Profiler considers slow. When enabled, MongoDB Cloud uses the average execution time for operations on your cluster to determine slow-running queries. As a result, the threshold is more pertinent to your cluster workload. The slow operation threshold is enabled by default for dedicated clusters (M10+). When disabled, MongoDB Cloud considers any operation that takes longer than 100 milliseconds to be slow. **Note**: To use this attribute, the requesting API Key must have the Project Owner role, if not it will show a warning and will return `false`. If you are not using this field, you don't need to take any action.
     *
     * @deprecated This parameter is deprecated.
     */
    isSlowOperationThresholdingEnabled?: pulumi.Input<boolean | undefined>;
    limits?: pulumi.Input<pulumi.Input<inputs.ProjectLimit>[] | undefined>;
    /**
     * The name of the project you want to create.
     */
    name?: pulumi.Input<string | undefined>;
    /**
     * The ID of the organization you want to create the project within.
     */
    orgId: pulumi.Input<string>;
    /**
     * Unique 24-hexadecimal digit string that identifies the Atlas user account to be granted the [Project Owner](https://www.mongodb.com/docs/atlas/reference/user-roles/#mongodb-authrole-Project-Owner) role on the specified project. If you set this parameter, it overrides the default value of the oldest [Organization Owner](https://www.mongodb.com/docs/atlas/reference/user-roles/#mongodb-authrole-Organization-Owner).
     */
    projectOwnerId?: pulumi.Input<string | undefined>;
    /**
     * Designates that this project can be used for government regions only.  If not set the project will default to standard regions.   You cannot deploy clusters across government and standard regions in the same project. AWS is the only cloud provider for AtlasGov.  For more information see [MongoDB Atlas for Government](https://www.mongodb.com/docs/atlas/government/api/#creating-a-project).
     */
    regionUsageRestrictions?: pulumi.Input<string | undefined>;
    /**
     * Map that contains key-value pairs between 1 to 255 characters in length for tagging and categorizing the project. See below.
     */
    tags?: pulumi.Input<{
        [key: string]: pulumi.Input<string>;
    } | undefined>;
    /**
     * @deprecated This parameter is deprecated and will be removed in the next major release. Please transition to `mongodbatlas.TeamProjectAssignment`. For more details, see https://registry.terraform.io/providers/mongodb/mongodbatlas/latest/docs/guides/atlas-user-management.
     */
    teams?: pulumi.Input<pulumi.Input<inputs.ProjectTeam>[] | undefined>;
    /**
     * Flag that indicates whether to create the project with default alert settings. This setting cannot be updated after project creation. By default, this flag is set to true.
     */
    withDefaultAlertsSettings?: pulumi.Input<boolean | undefined>;
}
//# sourceMappingURL=project.d.ts.map