// Fake secrets in the exact formats the recommended preset detects (none is a live credential), built
// deterministically so each test sees the same bytes.
import { lintSource } from "@secretlint/core";
import { creator as preset } from "@secretlint/secretlint-rule-preset-recommend";

const alnum = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789aBcDeFgHiJkLmNoPqRsTuVwXyZ9876543210";
const chars = (n: number, from = alnum, offset = 0): string =>
  Array.from({ length: n }, (_, i) => from[(i * 7 + offset) % from.length]).join("");

function onePasswordToken(): string {
  let json = JSON.stringify({
    email: "svc@1passwordserviceaccounts.lcl",
    secretKey: "A3-C4ZJMN-PQTZTL-HGL84-G64M7",
    srpX: chars(64, "0123456789abcdef"),
  });
  while (json.length % 3 !== 1) json = json.replace('"email"', ' "email"');
  return `ops_${Buffer.from(json).toString("base64")}`;
}

const pemBody = `MII${chars(61, alnum, 3)}\n${chars(64, alnum, 5)}\n${chars(40, alnum, 9)}`;

/** Secret kind → [diagnostic code, the secret text as it appears in the file]. */
export const SECRETS: Record<string, [code: string, secret: string]> = {
  github: ["secret/github-token", `ghp_${chars(36)}`],
  githubFineGrained: ["secret/github-token", `github_pat_${chars(82, `${alnum}_`)}`],
  awsSecret: ["secret/aws-secret-access-key", chars(40, `${alnum}/+`, 11)],
  awsKeyId: ["secret/aws-access-key-id", `${"AK"}IA${chars(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 3)}`],
  awsAccount: ["secret/aws-account-id", "2345-6789-0123"],
  slack: ["secret/slack-token", `xoxb-123456789012-1234567890123-${chars(24)}`],
  slackWebhook: [
    "secret/slack-webhook",
    `https://hooks.slack.com/services/T${chars(8, "ABCDEFGH0123456789")}/B${chars(8, "ABCDEFGH0123456789", 2)}/${chars(24)}`,
  ],
  npm: ["secret/npm-token", `npm_${chars(36)}`],
  basicAuth: ["secret/basic-auth", "https://deployer:Zq8Lm3Kx9Tr2@git.internal-corp.net"],
  openai: ["secret/openai-key", `sk-${chars(20)}T3BlbkFJ${chars(20, alnum, 4)}`],
  anthropic: ["secret/anthropic-key", `sk-ant-api03-${chars(93, `${alnum}_-`)}AA`],
  linear: ["secret/linear-token", `lin_api_${chars(40)}`],
  sendgrid: ["secret/sendgrid-key", `SG.${chars(22)}.${chars(43, alnum, 2)}`],
  shopify: ["secret/shopify-token", `shpat_${chars(32, "0123456789abcdef")}`],
  onePassword: ["secret/1password-token", onePasswordToken()],
  postgres: ["secret/database-credentials", "postgres://orders_app:Zq8Lm3Kx9Tr2@db.internal-corp.net:5432/orders"],
  mongodb: ["secret/database-credentials", "mongodb+srv://svc_reader:Zq8Lm3Kx9Tr2@cluster0.internal-corp.net/app"],
  mysql: ["secret/database-credentials", "mysql://report:Zq8Lm3Kx9Tr2@mysql.internal-corp.net/reports"],
  privateKey: ["secret/private-key", `-----BEGIN RSA PRIVATE KEY-----\n${pemBody}\n-----END RSA PRIVATE KEY-----`],
};

/** How each secret sits in an element file (most are a plain scalar; two need a key name or a block). */
export function embed(kind: string, secret: string): string {
  if (kind === "awsSecret") return `\n      AWS_SECRET_ACCESS_KEY: "${secret}"`;
  if (kind === "awsAccount") return `\n      aws_account_id: "${secret}"`;
  if (kind === "privateKey")
    return `|\n${secret
      .split("\n")
      .map((l) => `      ${l}`)
      .join("\n")}`;
  return secret;
}

/** Text that looks a little like secrets but is not one: the scanner must stay quiet. */
export const NEAR_MISSES = [
  "ghp_short",
  "see https://example.com/docs and http://localhost:8080",
  "postgres://localhost/orders",
  "https://user:password@example.com",
  "-----BEGIN RSA PRIVATE KEY-----\n...\n-----END RSA PRIVATE KEY-----",
  "AKIAIOSFODNN7EXAMPLE",
  "the secret access key lives in the vault",
  "SG.short.key",
  "xoxb-",
];

/** The reference: secretlint's own engine over the same text. */
export async function lintSourceFindings(text: string, file = "element.yaml"): Promise<string[]> {
  const result = await lintSource({
    source: { filePath: file, content: text, ext: ".yaml", contentType: "text" },
    // With the AWS rule's id scans on, as the scanner runs it.
    options: {
      config: {
        rules: [
          {
            id: preset.meta.id,
            rule: preset,
            rules: [{ id: "@secretlint/secretlint-rule-aws", options: { enableIDScanRule: true } }],
          },
        ],
      },
      noPhysicFilePath: true,
    },
  });
  return result.messages.map((m) => `${m.ruleId}@${m.range[0]}-${m.range[1]}`).sort();
}
