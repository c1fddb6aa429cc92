import { createHash } from "node:crypto";

/** Git's object id: SHA-1 of `<type> <length>\0` followed by the body. */
export function gitObjectSha(type: "blob" | "tree", body: Uint8Array): string {
  return createHash("sha1").update(`${type} ${body.byteLength}\0`).update(body).digest("hex");
}

/** Git's object id for a blob holding `bytes`, computed locally: no download needed to compare files. */
export function gitBlobSha(bytes: Uint8Array): string {
  return gitObjectSha("blob", bytes);
}

/** The blob SHA of UTF-8 text. */
export function textBlobSha(text: string): string {
  return gitBlobSha(Buffer.from(text, "utf8"));
}
