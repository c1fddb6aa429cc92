// Stable diagnostic codes and human names for what secretlint's rules report, keyed by the rule's messageId.
// Our own words: the preset's messages embed the secret itself, so they are never used.

export interface SecretLabel {
  code: string;
  what: string;
}

const LABELS: Readonly<Record<string, SecretLabel>> = {
  AWSSecretAccessKey: { code: "secret/aws-secret-access-key", what: "an AWS secret access key" },
  AWSAccessKeyID: { code: "secret/aws-access-key-id", what: "an AWS access key id" },
  AWSAccountID: { code: "secret/aws-account-id", what: "an AWS account id" },
  PrivateKeyP12: { code: "secret/gcp-service-account-key", what: "a GCP service account key" },
  PrivateKeyJSON: { code: "secret/gcp-service-account-key", what: "a GCP service account key" },
  PackageJSON_xOauthToken: { code: "secret/github-token", what: "a GitHub token in a URL" },
  Npmrc_authToken: { code: "secret/npm-token", what: "an npm auth token" },
  NPM_ACCESS_TOKEN: { code: "secret/npm-token", what: "an npm access token" },
  SLACK_TOKEN: { code: "secret/slack-token", what: "a Slack token" },
  IncomingWebhook: { code: "secret/slack-webhook", what: "a Slack incoming-webhook URL" },
  BasicAuth: { code: "secret/basic-auth", what: "a user name and password in a URL" },
  OPENAI_TOKEN: { code: "secret/openai-key", what: "an OpenAI API key" },
  ANTHROPIC_API_KEY: { code: "secret/anthropic-key", what: "an Anthropic API key" },
  LINEAR_API_TOKEN: { code: "secret/linear-token", what: "a Linear API token" },
  PrivateKey: { code: "secret/private-key", what: "a private key block" },
  SENDGRID_KEY: { code: "secret/sendgrid-key", what: "a SendGrid API key" },
  SHOPIFY_KEY: { code: "secret/shopify-token", what: "a Shopify access token" },
  GITHUB_TOKEN: { code: "secret/github-token", what: "a GitHub token" },
  OPS_TOKEN: { code: "secret/1password-token", what: "a 1Password service account token" },
  MongoDBConnection: { code: "secret/database-credentials", what: "a MongoDB connection string with a password" },
  MySQLConnection: { code: "secret/database-credentials", what: "a MySQL connection string with a password" },
  PostgreSQLConnection: { code: "secret/database-credentials", what: "a PostgreSQL connection string with a password" },
};

/** The label for a finding; a messageId from a newer preset still gets a stable, searchable code. */
export function secretLabel(ruleId: string, messageId: string): SecretLabel {
  const known = LABELS[messageId];
  if (known) return known;
  const rule = ruleId.replace(/^.*secretlint-rule-/, "");
  return { code: `secret/${kebab(rule)}`, what: `a secret (${rule})` };
}

export function knownSecretCodes(): string[] {
  return [...new Set(Object.values(LABELS).map((l) => l.code))].sort();
}

function kebab(value: string): string {
  return value
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
