package org.ecozoning.assist.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.ecozoning.assist.AssistException;
import org.ecozoning.rules.Rule;

/**
 * The review record of one {@link RuleProposal}: its state (PROPOSED → ACCEPTED or REJECTED), the
 * rule staff accepted (the proposal as it was, or as they corrected it), and the audit trail of
 * who did what, when and why. Immutable: every transition returns a new record, and only a
 * PROPOSED record can move. Persistence belongs to the store; this type only guarantees that a
 * proposal never becomes a running rule without an accepting reviewer.
 */
public record ProposalReview(RuleProposal proposal, ReviewState state, Rule acceptedRule, List<ReviewEvent> history) {
    public ProposalReview {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(state, "state");
        history = List.copyOf(history);
        if ((state == ReviewState.ACCEPTED) != (acceptedRule != null)) {
            throw new IllegalArgumentException("an accepted review carries its rule, and only an accepted one does");
        }
    }

    /** A new review of {@code proposal}, recorded as proposed by {@code actor} (e.g. "assist 2025.1"). */
    public static ProposalReview open(RuleProposal proposal, String actor, Instant at) {
        return new ProposalReview(proposal, ReviewState.PROPOSED, null,
                List.of(new ReviewEvent(ReviewState.PROPOSED, require(actor, "actor"), Objects.requireNonNull(at, "at"), "自动提议 / proposed automatically")));
    }

    /** Accepts the proposal as it stands. */
    public ProposalReview accept(String reviewer, Instant at, String reason) {
        return accept(reviewer, at, reason, proposal.toRule());
    }

    /**
     * Accepts the proposal with staff corrections: {@code rule} replaces the proposed rule and must
     * keep its id (the link to the clause).
     */
    public ProposalReview accept(String reviewer, Instant at, String reason, Rule rule) {
        requireOpen();
        Objects.requireNonNull(rule, "rule");
        if (!rule.id().equals(proposal.ruleId())) {
            throw new AssistException("REVIEW_RULE_ID", "采纳的规则编号应为 " + proposal.ruleId() + "（与条款关联），实际为 " + rule.id(),
                    "the accepted rule must keep id " + proposal.ruleId() + " (its link to the clause), got " + rule.id());
        }
        return new ProposalReview(proposal, ReviewState.ACCEPTED, rule, append(ReviewState.ACCEPTED, reviewer, at, reason == null ? "" : reason));
    }

    /** Rejects the proposal; a reason is required. */
    public ProposalReview reject(String reviewer, Instant at, String reason) {
        requireOpen();
        if (reason == null || reason.isBlank()) {
            throw new AssistException("REVIEW_REASON", "驳回须说明理由", "a rejection needs a reason");
        }
        return new ProposalReview(proposal, ReviewState.REJECTED, null, append(ReviewState.REJECTED, reviewer, at, reason));
    }

    /** The rule to run: present only when accepted. */
    public Optional<Rule> runnableRule() { return Optional.ofNullable(acceptedRule); }

    /** The id of the clause the proposal (and so the accepted rule) belongs to. */
    public String clauseId() { return proposal.clauseId(); }

    /** The accepted rules among {@code reviews}, in the given order: the only rules the engine may run. */
    public static List<Rule> runnableRules(Collection<ProposalReview> reviews) {
        List<Rule> out = new ArrayList<>();
        for (ProposalReview r : reviews) r.runnableRule().ifPresent(out::add);
        return out;
    }

    private void requireOpen() {
        if (state != ReviewState.PROPOSED) {
            throw new AssistException("REVIEW_STATE", "提议 " + proposal.proposalId() + " 已" + state.labelZh() + "，不能再次审核",
                    "proposal " + proposal.proposalId() + " is already " + state.labelEn().toLowerCase(java.util.Locale.ROOT) + "; it cannot be reviewed again");
        }
    }

    private List<ReviewEvent> append(ReviewState s, String actor, Instant at, String reason) {
        List<ReviewEvent> h = new ArrayList<>(history);
        h.add(new ReviewEvent(s, require(actor, "reviewer"), Objects.requireNonNull(at, "at"), reason));
        return h;
    }

    private static String require(String v, String what) {
        if (v == null || v.isBlank()) throw new AssistException("REVIEW_ACTOR", "缺少审核人", "missing " + what);
        return v;
    }
}
