import * as pulumi from "@pulumi/pulumi";
import * as inputs from "./types/input";
import * as outputs from "./types/output";
/**
 * `mongodbatlas.AlertConfiguration` provides an Alert Configuration resource to define the conditions that trigger an alert and the methods of notification within a MongoDB Atlas project.
 *
 * ## Example Usage
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const test = new mongodbatlas.AlertConfiguration("test", {
 *     projectId: "<PROJECT-ID>",
 *     eventType: "OUTSIDE_METRIC_THRESHOLD",
 *     enabled: true,
 *     notifications: [{
 *         typeName: "GROUP",
 *         intervalMin: 5,
 *         delayMin: 0,
 *         smsEnabled: false,
 *         emailEnabled: true,
 *         roles: ["GROUP_CLUSTER_MANAGER"],
 *     }],
 *     matchers: [{
 *         fieldName: "HOSTNAME_AND_PORT",
 *         operator: "EQUALS",
 *         value: "SECONDARY",
 *     }],
 *     metricThresholdConfig: {
 *         metricName: "ASSERT_REGULAR",
 *         operator: "LESS_THAN",
 *         threshold: 99,
 *         units: "RAW",
 *         mode: "AVERAGE",
 *     },
 * });
 * ```
 *
 * > **NOTE:** In order to allow for a fast pace of change to alert variables some validations have been removed from this resource in order to unblock alert creation. Impacted areas have links to the MongoDB Atlas API documentation so always check it for the most current information: https://www.mongodb.com/docs/atlas/reference/api/alert-configurations-create-config/
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const test = new mongodbatlas.AlertConfiguration("test", {
 *     projectId: "<PROJECT-ID>",
 *     eventType: "REPLICATION_OPLOG_WINDOW_RUNNING_OUT",
 *     enabled: true,
 *     notifications: [{
 *         typeName: "GROUP",
 *         intervalMin: 5,
 *         delayMin: 0,
 *         smsEnabled: false,
 *         emailEnabled: true,
 *         roles: ["GROUP_CLUSTER_MANAGER"],
 *     }],
 *     matchers: [{
 *         fieldName: "CLUSTER_NAME",
 *         operator: "EQUALS",
 *         value: "my-cluster",
 *     }],
 *     thresholdConfig: {
 *         operator: "LESS_THAN",
 *         threshold: 1,
 *         units: "HOURS",
 *     },
 * });
 * ```
 *
 * ### Create an alert with two notifications using Email and SMS
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const test = new mongodbatlas.AlertConfiguration("test", {
 *     projectId: "PROJECT ID",
 *     eventType: "OUTSIDE_METRIC_THRESHOLD",
 *     enabled: true,
 *     notifications: [
 *         {
 *             typeName: "GROUP",
 *             intervalMin: 5,
 *             delayMin: 0,
 *             smsEnabled: false,
 *             emailEnabled: true,
 *             roles: [
 *                 "GROUP_DATA_ACCESS_READ_ONLY",
 *                 "GROUP_CLUSTER_MANAGER",
 *                 "GROUP_DATA_ACCESS_ADMIN",
 *             ],
 *         },
 *         {
 *             typeName: "ORG",
 *             intervalMin: 5,
 *             delayMin: 0,
 *             smsEnabled: true,
 *             emailEnabled: false,
 *         },
 *     ],
 *     matchers: [{
 *         fieldName: "HOSTNAME_AND_PORT",
 *         operator: "EQUALS",
 *         value: "SECONDARY",
 *     }],
 *     metricThresholdConfig: {
 *         metricName: "ASSERT_REGULAR",
 *         operator: "LESS_THAN",
 *         threshold: 99,
 *         units: "RAW",
 *         mode: "AVERAGE",
 *     },
 * });
 * ```
 *
 * ### Create third party notification using credentials from existing third party integration
 *
 * ```typescript
 * import * as pulumi from "@pulumi/pulumi";
 * import * as mongodbatlas from "@pulumi/mongodbatlas";
 *
 * const test = mongodbatlas.getThirdPartyIntegration({
 *     projectId: "PROJECT ID",
 *     type: "PAGER_DUTY",
 * });
 * const testAlertConfiguration = new mongodbatlas.AlertConfiguration("test", {
 *     projectId: "PROJECT ID",
 *     enabled: true,
 *     eventType: "USERS_WITHOUT_MULTI_FACTOR_AUTH",
 *     notifications: [{
 *         typeName: "PAGER_DUTY",
 *         integrationId: test.then(test => test.id),
 *     }],
 * });
 * ```
 *
 * ### Further Examples
 * - Alert Configuration
 *
 * ## Import
 *
 * Alert Configuration can be imported using the `project_id-alert_configuration_id`, e.g.
 *
 * ```sh
 * $ pulumi import mongodbatlas:index/alertConfiguration:AlertConfiguration test 5d0f1f74cf09a29120e123cd-5d0f1f74cf09a29120e1fscg
 * ```
 *
 * **NOTE**: Third-party notifications will not contain their respective credentials as these are sensitive attributes. If you wish to perform updates on these notifications without providing the original credentials, the corresponding `notifierId` attribute must be provided instead.
 *
 * For more information see: [MongoDB Atlas API Reference.](https://www.mongodb.com/docs/atlas/reference/api/alert-configurations/)
 */
export declare class AlertConfiguration extends pulumi.CustomResource {
    /**
     * Get an existing AlertConfiguration resource's state with the given name, ID, and optional extra
     * properties used to qualify the lookup.
     *
     * @param name The _unique_ name of the resulting resource.
     * @param id The _unique_ provider ID of the resource to lookup.
     * @param state Any extra arguments used during the lookup.
     * @param opts Optional settings to control the behavior of the CustomResource.
     */
    static get(name: string, id: pulumi.Input<pulumi.ID>, state?: AlertConfigurationState, opts?: pulumi.CustomResourceOptions): AlertConfiguration;
    /**
     * Returns true if the given object is an instance of AlertConfiguration.  This is designed to work even
     * when multiple copies of the Pulumi SDK have been loaded into the same process.
     */
    static isInstance(obj: any): obj is AlertConfiguration;
    /**
     * Unique identifier for the alert configuration.
     */
    readonly alertConfigurationId: pulumi.Output<string>;
    /**
     * Timestamp in ISO 8601 date and time format in UTC when this alert configuration was created.
     */
    readonly created: pulumi.Output<string>;
    /**
     * It is not required, but If the attribute is omitted, by default will be false, and the configuration would be disabled. You must set true to enable the configuration.
     */
    readonly enabled: pulumi.Output<boolean>;
    /**
     * The type of event that will trigger an alert.
     *
     * > ***IMPORTANT:*** Event Type has many possible values. Details for both conditional and metric based alerts can be found by selecting the tabs on the [alert config page](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createalertconfiguration) and checking the latest eventTypeName options.
     *
     * > **NOTE:** If `eventType` is set to `OUTSIDE_METRIC_THRESHOLD` or `OUTSIDE_SERVERLESS_METRIC_THRESHOLD`, the `metricThresholdConfig` field must also be configured.
     */
    readonly eventType: pulumi.Output<string>;
    readonly matchers: pulumi.Output<outputs.AlertConfigurationMatcher[] | undefined>;
    readonly metricThresholdConfig: pulumi.Output<outputs.AlertConfigurationMetricThresholdConfig | undefined>;
    readonly notifications: pulumi.Output<outputs.AlertConfigurationNotification[]>;
    /**
     * The ID of the project where the alert configuration will create, also known as `groupId` in the official documentation.
     */
    readonly projectId: pulumi.Output<string>;
    /**
     * Severity of the event. For the list of accepted values please read the [Create One Alert Configuration in One Project](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-creategroupalertconfig) API documentation.
     */
    readonly severityOverride: pulumi.Output<string | undefined>;
    readonly thresholdConfig: pulumi.Output<outputs.AlertConfigurationThresholdConfig | undefined>;
    /**
     * Timestamp in ISO 8601 date and time format in UTC when this alert configuration was last updated.
     */
    readonly updated: pulumi.Output<string>;
    /**
     * Create a AlertConfiguration resource with the given unique name, arguments, and options.
     *
     * @param name The _unique_ name of the resource.
     * @param args The arguments to use to populate this resource's properties.
     * @param opts A bag of options that control this resource's behavior.
     */
    constructor(name: string, args: AlertConfigurationArgs, opts?: pulumi.CustomResourceOptions);
}
/**
 * Input properties used for looking up and filtering AlertConfiguration resources.
 */
export interface AlertConfigurationState {
    /**
     * Unique identifier for the alert configuration.
     */
    alertConfigurationId?: pulumi.Input<string | undefined>;
    /**
     * Timestamp in ISO 8601 date and time format in UTC when this alert configuration was created.
     */
    created?: pulumi.Input<string | undefined>;
    /**
     * It is not required, but If the attribute is omitted, by default will be false, and the configuration would be disabled. You must set true to enable the configuration.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The type of event that will trigger an alert.
     *
     * > ***IMPORTANT:*** Event Type has many possible values. Details for both conditional and metric based alerts can be found by selecting the tabs on the [alert config page](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createalertconfiguration) and checking the latest eventTypeName options.
     *
     * > **NOTE:** If `eventType` is set to `OUTSIDE_METRIC_THRESHOLD` or `OUTSIDE_SERVERLESS_METRIC_THRESHOLD`, the `metricThresholdConfig` field must also be configured.
     */
    eventType?: pulumi.Input<string | undefined>;
    matchers?: pulumi.Input<pulumi.Input<inputs.AlertConfigurationMatcher>[] | undefined>;
    metricThresholdConfig?: pulumi.Input<inputs.AlertConfigurationMetricThresholdConfig | undefined>;
    notifications?: pulumi.Input<pulumi.Input<inputs.AlertConfigurationNotification>[] | undefined>;
    /**
     * The ID of the project where the alert configuration will create, also known as `groupId` in the official documentation.
     */
    projectId?: pulumi.Input<string | undefined>;
    /**
     * Severity of the event. For the list of accepted values please read the [Create One Alert Configuration in One Project](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-creategroupalertconfig) API documentation.
     */
    severityOverride?: pulumi.Input<string | undefined>;
    thresholdConfig?: pulumi.Input<inputs.AlertConfigurationThresholdConfig | undefined>;
    /**
     * Timestamp in ISO 8601 date and time format in UTC when this alert configuration was last updated.
     */
    updated?: pulumi.Input<string | undefined>;
}
/**
 * The set of arguments for constructing a AlertConfiguration resource.
 */
export interface AlertConfigurationArgs {
    /**
     * It is not required, but If the attribute is omitted, by default will be false, and the configuration would be disabled. You must set true to enable the configuration.
     */
    enabled?: pulumi.Input<boolean | undefined>;
    /**
     * The type of event that will trigger an alert.
     *
     * > ***IMPORTANT:*** Event Type has many possible values. Details for both conditional and metric based alerts can be found by selecting the tabs on the [alert config page](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-createalertconfiguration) and checking the latest eventTypeName options.
     *
     * > **NOTE:** If `eventType` is set to `OUTSIDE_METRIC_THRESHOLD` or `OUTSIDE_SERVERLESS_METRIC_THRESHOLD`, the `metricThresholdConfig` field must also be configured.
     */
    eventType: pulumi.Input<string>;
    matchers?: pulumi.Input<pulumi.Input<inputs.AlertConfigurationMatcher>[] | undefined>;
    metricThresholdConfig?: pulumi.Input<inputs.AlertConfigurationMetricThresholdConfig | undefined>;
    notifications: pulumi.Input<pulumi.Input<inputs.AlertConfigurationNotification>[]>;
    /**
     * The ID of the project where the alert configuration will create, also known as `groupId` in the official documentation.
     */
    projectId: pulumi.Input<string>;
    /**
     * Severity of the event. For the list of accepted values please read the [Create One Alert Configuration in One Project](https://www.mongodb.com/docs/api/doc/atlas-admin-api-v2/operation/operation-creategroupalertconfig) API documentation.
     */
    severityOverride?: pulumi.Input<string | undefined>;
    thresholdConfig?: pulumi.Input<inputs.AlertConfigurationThresholdConfig | undefined>;
}
//# sourceMappingURL=alertConfiguration.d.ts.map