/**
 * Every stable diagnostic code, with a one-line meaning. Users search for these; tests assert them; the
 * README lists them. Add new codes here (one entry each) and never rename one that has shipped.
 */
export const DIAGNOSTIC_CODES = {
  // Reading files (read-tree)
  "file/not-found": "A path given on the command line or as an input does not exist.",
  "file/not-regular":
    "A symlink, FIFO, socket or device: never opened (an error when named .yaml/.yml or given as a path, else a warning).",
  "file/unreadable": "The file or directory exists but could not be read (permissions, I/O error).",
  // Limits (refused before the YAML parser runs, or while it runs)
  "limit/file-size": "The file is larger than the maximum file size (default 256 KiB).",
  "limit/depth": "Collections are nested deeper than 64 levels.",
  "limit/aliases": "More than 100 aliases, an alias that contains itself, or aliases that expand to too much data.",
  "limit/findings": "One file has more than 1,000 findings: the first 1,000 are listed, the rest counted in this one.",
  // Bytes and YAML
  "encoding/utf8": "The bytes are not valid UTF-8; the position is the first bad byte.",
  "yaml/syntax": "The text is not valid YAML; the position and message come from the YAML parser.",
  "yaml/control-character":
    "A raw control character (NUL, ESC, DEL...) that YAML 1.2 does not allow; write it as an escape in a double-quoted string.",
  "yaml/line-break": "A carriage return (CR) not followed by LF: line breaks must be LF or CRLF.",
  "yaml/multiple-documents": "More than one YAML document (`---`) in one file.",
  "yaml/directive": "A `%YAML` or `%TAG` directive: element files use plain YAML 1.2 without directives.",
  "yaml/duplicate-key": "The same key appears twice in one mapping.",
  "yaml/forbidden-key": "A key named `__proto__`, `constructor` or `prototype`.",
  "yaml/tag": "An explicit tag (`!!str`, `!!python/object`, `!custom`...): element files use untagged YAML only.",
  "yaml/merge-key": "A merge key (`<<`): write the keys out instead.",
  "yaml/complex-key": "A mapping key that is a collection or an alias: keys must be plain or quoted scalars.",
  "parse/internal": "The parser failed unexpectedly: a bug, please report it with the file.",
  // Shape of the document
  "structure/top-level": "The top level is not a mapping with exactly the keys `metadata` and `data`.",
  "structure/nexs-server-format":
    "A NEXS MCP server file (metadata keys `isactive`, `createdat`, `updatedat`): convert it: `nexs-publish import`.",
  "structure/flat-format":
    "A flat NEXS MCP sample (`id`, `name`, `type`... at the top level): convert it with `nexs-publish import`.",
  // Schema (schemas/*.schema.json, mapped to the offending key or value)
  "schema/required": "A required key is missing; the position is the mapping that should hold it.",
  "schema/type": "A value has the wrong type (a string where a number is expected, a list where a mapping is...).",
  "schema/enum": "A value is not one of the allowed choices; the message lists them.",
  "schema/pattern": "A string does not have the required form (id rule, Semantic Versioning, variable name...).",
  "schema/format": "A date-time is not RFC 3339 with a time zone, or a date is not YYYY-MM-DD.",
  "schema/min-length": "A string is empty or shorter than its minimum.",
  "schema/max-length": "A string is longer than its maximum.",
  "schema/additional-property":
    "An unknown key: an error at the top level and in metadata, a warning in data (an error under strict).",
  "schema/min-items": "A list has fewer entries than it needs (often: it must not be empty).",
  "schema/max-items": "A list has more entries than allowed.",
  "schema/unique-items": "A list repeats an entry that must be unique (for example a tag).",
  "schema/minimum": "A number is below its minimum.",
  "schema/maximum": "A number is above its maximum.",
  "schema/max-properties": "A mapping has more keys than allowed.",
  "schema/invalid": "Any other schema violation; the message says which.",
  // Element rules JSON Schema cannot express
  "metadata/name-length": "metadata.name is not 3 to 100 characters long once surrounding spaces are trimmed.",
  "metadata/missing-description": "Warning: metadata has no description.",
  "metadata/updated-before-created": "metadata.updated_at is earlier than metadata.created_at.",
  "persona/shared-without-audience": "A persona with privacy_level shared has no shared_with entries.",
  "persona/private": "Info: a private persona; publish refuses it unless an encryption key is configured.",
  "skill/trigger-keywords": "A keyword trigger has no keywords.",
  "skill/trigger-pattern": "A pattern trigger has no pattern.",
  "skill/invalid-pattern": "Warning: a trigger pattern is not a valid regular expression.",
  "skill/duplicate-step": "Warning: two procedures have the same step number.",
  "skill/unordered-steps": "Warning: procedures are not listed in step order.",
  "skill/dependency-cycle": "Required skill dependencies form a cycle; the skill can never be loaded.",
  "template/duplicate-variable": "Two template variables have the same name.",
  "template/required-with-default": "Warning: a required variable also has a default, which is never used.",
  "template/undeclared-variable": "Warning: content uses {{name}} but no variable of that name is declared.",
  "template/unused-variable": "Warning: a declared variable never appears as {{name}} in content.",
  "memory/content-hash": "data.content_hash is not the SHA-256 of data.content.",
  "ensemble/duplicate-role": "Warning: two members of an ensemble have the same role.",
  "ensemble/single-member": "Warning: an ensemble with a single member.",
  // Across files
  "id/duplicate": "Two or more files use the same id; each of them gets this error.",
  "ref/unresolved":
    "A reference names no element of the right type in the source set or the collection (an error under strict).",
  // The collection manifest (collection.yaml) a NEXS MCP server installs
  "collection/required":
    "collection.yaml lacks a field a NEXS MCP server needs (`name`, `version`, `author`, `elements`...).",
  "collection/version":
    "A collection.yaml version is not Semantic Versioning (`1.0.0`; build metadata is refused by the server).",
  "collection/invalid":
    "A collection.yaml field has the wrong type or form (a name not in lowercase-with-hyphens, a bad URL...).",
  "collection/unknown-key": "Warning: a collection.yaml key a NEXS MCP server does not read.",
  "collection/element-outside":
    "An element path of collection.yaml leaves the repository (absolute, `..`, or through a symbolic link).",
  "collection/element-no-match":
    "An element glob of collection.yaml matches no file: a server refuses to install the collection.",
  "collection/element-not-element":
    "An element glob of collection.yaml matches what is not an element file (a directory, a README...).",
  "collection/element-type-mismatch":
    "An element entry of collection.yaml says one type, but a file it matches is another.",
  "collection/dependency-uri":
    "A collection.yaml dependency is not `github://owner/repo[@version]` or an https URL, or repeats another.",
  "collection/install-hook":
    "A collection.yaml hook of type `command` (it runs on every installer's machine) without `allow-install-hooks`.",
  "collection/install-hook-review":
    "Warning: with `allow-install-hooks`, a command hook (new or changed) to review; the message names its line.",
  "collection/stale-stats":
    "Warning: collection.yaml stats disagree with what its globs match; `nexs-publish collection init` refreshes them.",
  // The pull-request check in the collection (the App, command: track)
  "check/id-elsewhere":
    "The id is already in the collection at another path: the element would exist twice; change that file instead.",
  "check/open-submission":
    "Warning: another open submission (named and linked) changes the same id; whichever merges second must be updated.",
  // Secrets (secretlint's recommended preset; the value is never printed)
  "secret/aws-secret-access-key": "An AWS secret access key after its label (`aws_secret_access_key: …`).",
  "secret/aws-access-key-id": "An AWS access key id (`AKIA…`, `ASIA…` and the other prefixes), comments included.",
  "secret/aws-account-id": "An AWS account id after its label (`aws_account_id:` and twelve digits, dashes allowed).",
  "secret/gcp-service-account-key":
    "A GCP service account key: Google's JSON with `private_key_id` and a PEM `private_key`, pasted or as YAML keys.",
  "secret/github-token": "A GitHub token (classic, fine-grained, or in a URL).",
  "secret/npm-token": "An npm access or auth token.",
  "secret/slack-token": "A Slack token.",
  "secret/slack-webhook": "A Slack incoming-webhook URL.",
  "secret/basic-auth": "A user name and password inside a URL.",
  "secret/openai-key": "An OpenAI API key.",
  "secret/anthropic-key": "An Anthropic API key.",
  "secret/linear-token": "A Linear API token.",
  "secret/private-key": "A PEM private key block.",
  "secret/sendgrid-key": "A SendGrid API key.",
  "secret/shopify-token": "A Shopify access token.",
  "secret/1password-token": "A 1Password service account token.",
  "secret/database-credentials": "A database connection string with a password (PostgreSQL, MySQL, MongoDB).",
} as const satisfies Record<string, string>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
