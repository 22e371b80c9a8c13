package org.ecozoning.assist.rules;

import org.ecozoning.rules.AttributeCondition;

/** An attribute condition read from a clause, with the words it was read from ("30万千瓦以下"). */
public record ProposedCondition(AttributeCondition condition, String text) { }
