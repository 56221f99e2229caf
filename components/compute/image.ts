import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";

/** The operating systems the blueprints install nginx and keepalived on. */
export enum NodeImage {
    /** Ubuntu 22.04 LTS (system image `ubuntu_22_04_x64*`). */
    Ubuntu2204 = "Ubuntu2204",
    /** Alibaba Cloud Linux 3 (system image `aliyun_3_x64*`), the cheapest to support on Alibaba Cloud. */
    AlibabaCloudLinux3 = "AlibabaCloudLinux3",
}

/** System image name patterns, as the ECS image catalogue names them. */
export const imageNamePatterns: Record<NodeImage, string> = {
    [NodeImage.Ubuntu2204]: "^ubuntu_22_04_x64",
    [NodeImage.AlibabaCloudLinux3]: "^aliyun_3_x64",
};

/** The newest system image of `image` that runs on `instanceType`; fails the preview when none exists. */
export function lookupImageId(
    image: NodeImage,
    instanceType: pulumi.Input<string>,
    opts: pulumi.InvokeOutputOptions,
): pulumi.Output<string> {
    const found = alicloud.ecs.getImagesOutput(
        { owners: "system", nameRegex: imageNamePatterns[image], mostRecent: true, status: "Available", instanceType },
        opts,
    );
    return pulumi.all([found.images, instanceType]).apply(([images, type]) => {
        if (images.length === 0) {
            throw new pulumi.RunError(
                `no ${image} system image (${imageNamePatterns[image]}) is available for ${type}; set imageId to an image id of this region`,
            );
        }
        return images[0].id;
    });
}
