/** Where a submission's pull request stands (docs/architecture.md, Status). */
export const SUBMISSION_STATUSES = ["pending", "draft", "merged", "rejected"] as const;
export type SubmissionStatus = (typeof SUBMISSION_STATUSES)[number];
