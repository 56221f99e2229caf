import { ed25519PrivateKeyState } from "../../tools/mocks/hostKeys";

/** A real ED25519 public key (`ssh-ed25519 AAAA...`) standing for a jump host's host key. */
export const JUMP_HOST_KEY = ed25519PrivateKeyState("jump-host").publicKeyOpenssh.trim();
