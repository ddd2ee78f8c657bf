/// Small fictional reviews in the two shapes the importer meets.
enum Fixtures {
    /// A Word-style export: one paragraph per line.
    static let unwrapped = """
    Agency X Local Safeguarding Children Board

    Serious Case Review

    Child A

    Publication date: 4 March 2021

    Independent Reviewer: Sam Example

    CONTENTS

    Section\tPage
    1. Introduction\t1
    2. Findings\t2
    3. Recommendations\t3

    1. Introduction

    1.1. This review concerns Child A, a baby known to Agency X¹. Services were involved from birth²³.

    ¹ Agency X is a fictional health provider.

    ²³ Working Together, fictional edition.

    1.2. The family members are listed below.

    Role\tName
    Mother\tParent P
    Father\tParent Q

    | Agency | Contact |
    |---|---|
    | Agency X | Weekly |
    | Agency Y | Monthly |

    2. Findings

    2.1. Information sharing

    2.1.1. The health visitor did not share the missed appointments with the GP, and the 5 * 3 rule <was> not used. This paragraph stops at the foot of the

    ⁴ A note at the foot of the page.

    page and carries on here⁴.

    Learning point: When missed appointments mount up the lead professional must be told, to avoid neglect going unseen.

    - 3.22. Agencies delayed information sharing. **(Learning Point)**

    2.1.2. Managers considered the following:

    - supervision of staff
     - reflective supervision sessions
    - escalation of professional disagreement

    3. Recommendations

    3.1. The Board should act on the following:

    a) That the Board audits strategy discussions.
    b) That the Board reviews domestic abuse training.

    1. Agency X to review its was not brought policy.
    2. Agency Y to seek assurance about safe sleep advice.
    """

    /// A PDF-style export: hard-wrapped lines, running footer, page numbers and page-bottom footnotes.
    static let wrapped = """
     1. Introduction
    1.1 This Serious Case Review concerns Child A, who was seen by Agency X over a
    long period. The review considers how professionals worked with Child A and what
    they knew about neglect at the time of the incident in the family home.
    1.2 The child became unwell because of dehydration 1 and was admitted to the
    ward for treatment over several days while the family was supported by staff.
    The review was asked to consider:
    •

    •
    •

    How the first period of planning informed later assessment of the child's
    needs by all of the agencies.
    Whether escalation was used.
    How domestic abuse was understood by staff.

    1

    Loss of water from the body.
    REVIEW A FINAL VERSION – PUBLICATION 01.01.2020

    2

     2. Findings
    2.1 The agencies held information about Child A that was not shared during the
    whole of the period and this meant that no single professional could see the
    pattern of concern that was developing around the child and the family.
    Key lessons learned:
     Assessments should include all members of the household and should be
    updated when new information about the family becomes known to staff.
     Supervision should help workers reflect on the lived experience of the child
    and the risks that it suggests.
    REVIEW A FINAL VERSION – PUBLICATION 01.01.2020

    3

     3. Recommendations
    3.1 The Board should note the following:
    i.

    That the Board reviews its escalation policy and tells all agencies about
    the changes made to the procedure.
    ii. That the Board audits strategy discussions. The audit should cover:
    i) who attended
    ii) what was decided
    REVIEW A FINAL VERSION – PUBLICATION 01.01.2020

    4
    """
}
