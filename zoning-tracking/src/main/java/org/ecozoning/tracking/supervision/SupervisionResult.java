package org.ecozoning.tracking.supervision;

import java.util.List;
import java.util.Map;
import org.ecozoning.tracking.monitoring.Rejection;

/**
 * What a supervision run did: changes read and checked, cases opened, changes explained by an
 * approved assessment, changes that already had a case, changes outside the scheme, and every
 * rejected change with its reason (the first {@code MAX_LISTED} listed, all counted by code).
 *
 * @param imported false when nothing was checked (ALL_OR_NOTHING with bad changes)
 */
public record SupervisionResult(long read, long checked, long casesOpened, long matchedByAssessment, long alreadyOpen, long outside,
        long rejected, Map<String, Long> rejectionsByCode, List<Rejection> rejections, int versionsUsed, boolean imported, long millis) {
    public static final int MAX_LISTED = 1000;

    public SupervisionResult {
        rejectionsByCode = Map.copyOf(rejectionsByCode);
        rejections = List.copyOf(rejections);
    }

    public String summary() {
        return "读取 " + read + " 个图斑，核查 " + checked + " 个，新立案 " + casesOpened + " 件，有研判记录 " + matchedByAssessment + " 个，已有案件 " + alreadyOpen
                + " 个，拒绝 " + rejected + " 个" + (imported ? "" : "（未执行核查）") + " / read " + read + " changes, checked " + checked + ", opened "
                + casesOpened + " cases, " + matchedByAssessment + " explained by assessments, " + alreadyOpen + " already had a case, rejected " + rejected
                + (imported ? "" : " (nothing checked)");
    }
}
