/**
 * The enterprise direct line (区长直通车, 企业地带) and 好差评 ratings: the registry of key enterprises,
 * their demands (诉求) with routing and escalation, notices to enterprises, and ratings of every service
 * event with the rectification of bad ones. Implemented by the hall-directline bundle; REST and console
 * call these services. 1.1: {@code Demands.LEADER}, a demand to the enterprise's leader in
 * charge; {@code EnterpriseNotices.readBy}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package org.qinqing.hall.directline;
