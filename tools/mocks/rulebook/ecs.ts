/** ECS: security groups, instances, key pairs and Cloud Assistant. */
import { ramActions } from "./ramActions";
import { cloudRule, conflicting, doc, intBetween, oneOf, providerLine, required } from "./sources";
import { ResourceEntry } from "./types";
import { reservedAddressProblem } from "./vpc";

const instanceDoc = (line: number) => ({ where: `website/docs/r/instance.html.markdown:${line}` });

/** CreateCommand (as ROS documents it): the Base64-encoded command content is at most 18 KB. */
export const commandContentLimitBytes = 18 * 1024;
const commandSizeDoc = doc("https://help.aliyun.com/en/ros/developer-reference/aliyun-ecs-command", "read 2026-12-01");


export const ecsResources: ResourceEntry[] = [
    {
        type: "alicloud:ecs/securityGroup:SecurityGroup",
        terraform: "alicloud_security_group",
        file: "resource_alicloud_security_group.go",
        ram: ramActions["alicloud:ecs/securityGroup:SecurityGroup"],
        timeouts: { create: 5, update: 5, delete: 10, source: providerLine("resource_alicloud_security_group.go", 25) },
        rules: [
            oneOf("innerAccessPolicy", ["Accept", "Drop"], providerLine("resource_alicloud_security_group.go", 38)),
            conflicting(["innerAccessPolicy", "innerAccess"], providerLine("resource_alicloud_security_group.go", 38)),
            oneOf("securityGroupType", ["normal", "enterprise"], providerLine("resource_alicloud_security_group.go", 59)),
        ],
    },
    {
        type: "alicloud:ecs/securityGroupRule:SecurityGroupRule",
        terraform: "alicloud_security_group_rule",
        file: "resource_alicloud_security_group_rule.go",
        ram: ramActions["alicloud:ecs/securityGroupRule:SecurityGroupRule"],
        rules: [
            required("securityGroupId", providerLine("resource_alicloud_security_group_rule.go", 28)),
            required("type", providerLine("resource_alicloud_security_group_rule.go", 33)),
            oneOf("type", ["ingress", "egress"], providerLine("resource_alicloud_security_group_rule.go", 33)),
            required("ipProtocol", providerLine("resource_alicloud_security_group_rule.go", 40)),
            oneOf("ipProtocol", ["tcp", "udp", "icmp", "icmpv6", "gre", "all"], providerLine("resource_alicloud_security_group_rule.go", 40)),
            oneOf("policy", ["accept", "drop"], providerLine("resource_alicloud_security_group_rule.go", 46)),
            intBetween("priority", 1, 100, providerLine("resource_alicloud_security_group_rule.go", 53)),
            oneOf("nicType", ["internet", "intranet"], providerLine("resource_alicloud_security_group_rule.go", 107)),
            cloudRule("rule-has-a-source", providerLine("resource_alicloud_security_group_rule.go", 60), (inputs) =>
                ["cidrIp", "ipv6CidrIp", "sourceSecurityGroupId", "prefixListId"].some((f) => inputs[f] !== undefined)
                    ? undefined
                    : "cidrIp: none of cidrIp, ipv6CidrIp, sourceSecurityGroupId or prefixListId is set; set the rule's source", {},
            "preview"),
            conflicting(["cidrIp", "sourceSecurityGroupId"], providerLine("resource_alicloud_security_group_rule.go", 76)),
            cloudRule("port-range-for-protocol", { where: "website/docs/r/security_group_rule.html.markdown" }, (inputs) => {
                const all = inputs.ipProtocol === "all" || inputs.ipProtocol === "icmp" || inputs.ipProtocol === "gre";
                if (all && inputs.portRange !== undefined && inputs.portRange !== "-1/-1") {
                    return `portRange: "${inputs.portRange}" with ipProtocol ${inputs.ipProtocol}; that protocol takes only -1/-1`;
                }
                return undefined;
            }, { ipProtocol: "all", portRange: "22/22" }),
        ],
    },
    {
        type: "alicloud:ecs/instance:Instance",
        terraform: "alicloud_instance",
        file: "resource_alicloud_instance.go",
        ram: ramActions["alicloud:ecs/instance:Instance"],
        timeouts: { create: 10, update: 10, delete: 20, source: providerLine("resource_alicloud_instance.go", 30) },
        waitsFor: { attribute: "status", targets: ["Running"], source: providerLine("resource_alicloud_instance.go", 1289) },
        reportedStatus: { attribute: "status", value: "Running" },
        rules: [
            cloudRule("instance-type-prefix", providerLine("resource_alicloud_instance.go", 48), (inputs) =>
                inputs.instanceType === undefined || /^ecs\./.test(String(inputs.instanceType))
                    ? undefined
                    : `instanceType: "${inputs.instanceType}" does not start with "ecs."; use an ECS instance type such as ecs.t6-c1m1.large`, { instanceType: "t6-c1m1.large" },
            "preview"),
            oneOf(
                "systemDiskCategory",
                ["all", "cloud", "ephemeral_ssd", "cloud_essd", "cloud_efficiency", "cloud_ssd", "local_disk", "cloud_auto", "cloud_essd_entry"],
                providerLine("resource_alicloud_instance.go", 136),
            ),
            oneOf("instanceChargeType", ["PrePaid", "PostPaid"], providerLine("resource_alicloud_instance.go", 387)),
            oneOf("internetChargeType", ["PayByBandwidth", "PayByTraffic"], providerLine("resource_alicloud_instance.go", 93)),
            intBetween("systemDiskSize", 20, 500, instanceDoc(129), "up"),
            intBetween("internetMaxBandwidthOut", 0, 100, instanceDoc(144), "up"),
            cloudRule("instance-in-a-vswitch", instanceDoc(151), (inputs) =>
                inputs.vswitchId ? undefined : "vswitchId: not set; new accounts have no classic network, so put the instance in a vSwitch", {}),
            cloudRule("credit-mode-only-for-burstable", instanceDoc(193), (inputs) => {
                if (inputs.creditSpecification === undefined) return undefined;
                if (!["Standard", "Unlimited"].includes(inputs.creditSpecification)) {
                    return `creditSpecification: "${inputs.creditSpecification}" is not Standard or Unlimited; use one of them`;
                }
                return /^ecs\.t[56]-/.test(String(inputs.instanceType ?? ""))
                    ? undefined
                    : `creditSpecification: set for ${inputs.instanceType}, which is not a burstable (t5/t6) type; leave it unset`;
            }, { instanceType: "ecs.g7.large", creditSpecification: "Standard" }),
            cloudRule("fixed-private-ip-usable", doc("https://www.alibabacloud.com/help/en/vpc/developer-reference/api-vpc-2016-04-28-createvswitchcidrreservation", "2026-09-15"), (inputs, context) => {
                const cidr = inputs.privateIp && inputs.vswitchId ? context.vswitchCidr(inputs.vswitchId) : undefined;
                return cidr ? reservedAddressProblem("privateIp", inputs.privateIp, cidr) : undefined;
            }, { vswitchId: "vsw-a", privateIp: "10.0.0.255" }),
        ],
    },
    {
        type: "alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate",
        terraform: "alicloud_ecs_launch_template",
        file: "resource_alicloud_ecs_launch_template.go",
        ram: ramActions["alicloud:ecs/ecsLaunchTemplate:EcsLaunchTemplate"],
        rules: [
            conflicting(["launchTemplateName", "name"], providerLine("resource_alicloud_ecs_launch_template.go", 162)),
            cloudRule("template-instance-type-prefix", providerLine("resource_alicloud_ecs_launch_template.go", 132), (inputs) =>
                inputs.instanceType === undefined || /^ecs\./.test(String(inputs.instanceType)) ? undefined : `instanceType: "${inputs.instanceType}" does not start with "ecs."`,
            { instanceType: "t6" }, "preview"),
            oneOf("instanceChargeType", ["PostPaid", "PrePaid"], providerLine("resource_alicloud_ecs_launch_template.go", 122)),
            oneOf("internetChargeType", ["PayByBandwidth", "PayByTraffic"], providerLine("resource_alicloud_ecs_launch_template.go", 137)),
            intBetween("internetMaxBandwidthOut", 0, 100, providerLine("resource_alicloud_ecs_launch_template.go", 147)),
            oneOf("networkType", ["classic", "vpc"], providerLine("resource_alicloud_ecs_launch_template.go", 214)),
        ],
    },
    {
        type: "alicloud:ecs/ecsKeyPair:EcsKeyPair",
        terraform: "alicloud_ecs_key_pair",
        file: "resource_alicloud_ecs_key_pair.go",
        ram: ramActions["alicloud:ecs/ecsKeyPair:EcsKeyPair"],
        timeouts: { create: 5, update: 5, delete: 20, source: providerLine("resource_alicloud_ecs_key_pair.go", 27) },
        rules: [
            conflicting(["keyPairName", "keyName"], providerLine("resource_alicloud_ecs_key_pair.go", 40)),
            cloudRule("key-pair-name-length", providerLine("resource_alicloud_ecs_key_pair.go", 40), (inputs) =>
                inputs.keyPairName === undefined || (inputs.keyPairName.length >= 2 && inputs.keyPairName.length <= 128)
                    ? undefined
                    : `keyPairName: "${inputs.keyPairName}" is not 2 to 128 characters; shorten the name`, { keyPairName: "k" },
            "preview"),
        ],
    },
    {
        type: "alicloud:ecs/command:Command",
        terraform: "alicloud_ecs_command",
        file: "resource_alicloud_ecs_command.go",
        ram: ramActions["alicloud:ecs/command:Command"],
        rules: [
            required("name", providerLine("resource_alicloud_ecs_command.go", 39)),
            required("commandContent", providerLine("resource_alicloud_ecs_command.go", 23)),
            required("type", providerLine("resource_alicloud_ecs_command.go", 50)),
            oneOf("type", ["RunBatScript", "RunPowerShellScript", "RunShellScript"], providerLine("resource_alicloud_ecs_command.go", 50)),
            cloudRule("command-content-size", commandSizeDoc, (inputs) => {
                const size = Buffer.byteLength(String(inputs.commandContent ?? ""), "utf8");
                return size <= commandContentLimitBytes
                    ? undefined
                    : `commandContent: ${size} bytes (Base64) exceed Cloud Assistant's ${commandContentLimitBytes} bytes; shorten the script or deliver it another way`;
            }, { commandContent: "A".repeat(commandContentLimitBytes + 1) }),
        ],
    },
    {
        type: "alicloud:ecs/ecsInvocation:EcsInvocation",
        terraform: "alicloud_ecs_invocation",
        file: "resource_alicloud_ecs_invocation.go",
        ram: ramActions["alicloud:ecs/ecsInvocation:EcsInvocation"],
        timeouts: { create: 1, delete: 1, source: providerLine("resource_alicloud_ecs_invocation.go", 21) },
        waitsFor: { attribute: "status", targets: ["Scheduled", "Success"], source: providerLine("resource_alicloud_ecs_invocation.go", 136) },
        reportedStatus: { attribute: "status", value: "Success" },
        rules: [
            required("commandId", providerLine("resource_alicloud_ecs_invocation.go", 28)),
            required("instanceIds", providerLine("resource_alicloud_ecs_invocation.go", 33)),
            oneOf("repeatMode", ["Once", "Period", "NextRebootOnly", "EveryReboot"], providerLine("resource_alicloud_ecs_invocation.go", 44)),
            cloudRule("invocation-instance-count", { where: "website/docs/r/ecs_invocation.html.markdown:106" }, (inputs) =>
                Array.isArray(inputs.instanceIds) && inputs.instanceIds.length > 50
                    ? `instanceIds: ${inputs.instanceIds.length} instances; one invocation runs on at most 50, so split them`
                    : undefined, { instanceIds: Array<string>(51).fill("i-x") }),
        ],
    },
];
