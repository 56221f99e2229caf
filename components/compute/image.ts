import * as pulumi from "@pulumi/pulumi";
import * as alicloud from "@pulumi/alicloud";
import { NodeImage, plainRunError } from "../vocabulary";

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
    // The look-up runs once the type is known, so a failed type look-up fails this one plainly
    // (an Output that rejects inside an invoke's arguments makes the SDK log a serialization error).
    return pulumi.output(instanceType).apply((type) => {
        const found = alicloud.ecs.getImagesOutput(
            { owners: "system", nameRegex: imageNamePatterns[image], mostRecent: true, status: "Available", instanceType: type },
            opts,
        );
        return found.images.apply((images) => {
            if (images.length === 0) {
                throw plainRunError(
                    `no ${image} system image (${imageNamePatterns[image]}) is available for ${type}; set imageId to an image id of this region`,
                );
            }
            return images[0].id;
        });
    });
}
