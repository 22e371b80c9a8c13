package org.ecozoning.io;

import org.ecozoning.io.qa.IssueCode;
import org.ecozoning.io.qa.QaIssue;

/**
 * A source that cannot be read at all (malformed, truncated, half-uploaded, wrong encoding, refused
 * as unsafe). It carries the QA issue that says what and where (file, feature, field); the importer
 * turns it into an error of the report.
 */
public class ImportException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient QaIssue issue;

    public ImportException(QaIssue issue) {
        super(issue.toLine());
        this.issue = issue;
    }

    public ImportException(QaIssue issue, Throwable cause) {
        super(issue.toLine(), cause);
        this.issue = issue;
    }

    /** Shorthand for a MALFORMED_FILE error in {@code file}. */
    public static ImportException malformed(String file, String messageZh, String messageEn) {
        return new ImportException(QaIssue.error(IssueCode.MALFORMED_FILE, messageZh, messageEn).withFile(file));
    }

    public QaIssue issue() { return issue; }
}
