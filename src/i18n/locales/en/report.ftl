# The monitoring report and the statistical form (`appeals report`): the
# terminal tables, the XLSX workbook, the HTML page, the CSV with --bom.

## Headings

rep-monitoring-title = Monitoring of the consideration of citizens' appeals
rep-register-line = { $council } — { $department } (Classifier, edition { $edition })
rep-period-line = Appeals received { $from } — { $to }; as of { $as_of }
rep-period = { $from } — { $to }
rep-empty = (none)
rep-uncertain-footnote = { "*" } — the Classifier code or name is not confirmed by two independent sources

## Totals

rep-totals-title = Totals
rep-totals-sheet = Totals
# XLSX sheets (at most 31 characters): the 9 characteristics stacked on one, the results on another.
rep-incoming-sheet = Incoming
rep-results-sheet = Results
rep-col-code = code
rep-col-name = name
rep-col-measure = measure
rep-col-value = value
rep-col-count = count
rep-col-share = share
rep-col-share-closed = share of those taken off control
rep-total-received = Appeals received
rep-total-closed = Taken off control
rep-total-open = On control
rep-total-overdue = On control past the control date
rep-total-answered-on-time = Executor answered on time
rep-total-answered-late = Executor answered late
rep-total-answered-after-control = Reply to the applicant after the control date
rep-total-repeated = Repeated (2.2)
rep-total-multiple = Multiple (2.4)
rep-total-duplicate = Duplicate (2.3)
rep-total-mass = Mass (2.5)
rep-total-collective = Collective (5.2)
rep-total-anonymous = Anonymous (5.3)
rep-total-questions = Questions raised
rep-total-positive-share = Resolved positively (9.1 among those taken off control)
rep-total-quality-avg = Average quality score (1–5)
rep-total-satisfied-share = Share of satisfied applicants
rep-total-answer-days-avg = Average time to prepare the answer, working days
rep-total-reworks = Returned to executors for rework
rep-total-confirmed-share = Share confirmed by applicants (call-back)
rep-total-forwarded = Forwarded to the competent body (art. 7)
rep-total-returned = Returned to applicants (arts. 5, 7)
rep-total-declined = Not considered (arts. 8, 17)
rep-total-closed-as-duplicate = Closed as duplicates
rep-total-exits-late = Forwarded or returned after 5 days (art. 7)
rep-total-priority = Considered first (art. 20 of the Law)
rep-total-personal-by-head = By the head personally (arts. 14–15 of the Law)

## The Classifier's sections

rep-section-form = 1. By form of receipt
rep-section-sign = 2. By sign of receipt
rep-section-kind = 3. By kind
rep-section-gender = 4. By the authors' sex
rep-section-subject = 5. By subject
rep-section-type = 6. By type
rep-section-category = 7. By the authors' category
rep-section-social-status = 8. By the authors' social status
rep-section-result = 9. Results of consideration
rep-section-topic = II. Topics of appeals
rep-results-title = 9. Results of consideration (taken off control)
rep-not-stated = not stated
rep-no-category = no category
rep-no-result = no result entered
rep-unknown-code = (not in the Classifier)

## Executors and coordinators

rep-executors-title = Executors (ranking: worst first)
rep-executors-sheet = Executors
rep-coordinators-title = Coordinators (ranking: worst first)
rep-col-executor = executor
rep-col-coordinator = coordinator
rep-no-resolution-executor = no resolution (no executor named)
rep-no-resolution = no resolution
rep-not-in-people = { $id } (not in people.toml)
rep-col-rank = rank
rep-col-id = id
rep-col-received = received
rep-col-answered-on-time = answered on time
rep-col-answered-late = answered late
rep-col-answered-after-control = to the applicant after the control date
rep-col-open = on control
rep-col-open-overdue = overdue
rep-col-results = results (9.x)
rep-col-quality-avg = quality score
rep-col-satisfied-share = satisfied
rep-col-answer-days-avg = working days to answer
rep-col-reworks = returned for rework
rep-col-confirmed-share = confirmed
rep-narrow-rank = #
rep-narrow-answered-on-time = on time
rep-narrow-answered-late = late
rep-narrow-answered-after-control = after control
rep-narrow-open = on control
rep-narrow-open-overdue = overdue
rep-narrow-results = results
rep-narrow-quality-avg = quality
rep-narrow-satisfied-share = satisfied
rep-narrow-answer-days-avg = days to answer
rep-narrow-reworks = reworks
rep-narrow-confirmed-share = confirmed

## The HTML page's charts

rep-chart-topics = Topics of appeals
rep-chart-executors = Timeliness of executors
rep-chart-executors-label = Executors' timeliness
rep-chart-executor-tip = { $name }: { $total } appeals — on time { $on_time }, late { $late }, unanswered and overdue { $overdue }, unanswered within term { $open }, off control without an executor's answer { $other }
rep-legend-on-time = answered on time
rep-legend-late = answered late
rep-legend-overdue = no answer, term passed
rep-legend-open = no answer, within term
rep-legend-other = off control without an executor's answer (forwarded, returned, not considered)
rep-chart-executors-note = A bar is all of an executor's appeals, the number their count; each appeal is counted once.
rep-chart-topics-note = A bar is the appeals raising the topic's questions; an appeal raising several is counted under each of its topics.

## The printed page: its letterhead and signatures

rep-print-period = for the period { $from } to { $to }
rep-print-edition = Classifier of citizens' appeals, edition { $edition }
rep-print-prepared = Prepared on { $date }
rep-print-head = Head of the department of citizens' appeals
rep-print-prepared-by = Prepared by
rep-print-signature = (signature)
rep-print-name = (name)
rep-print-date = Date

## CSV with --bom (for a person in Excel)

rep-csv-section = section
rep-csv-previous = previous period
rep-csv-current = current period

## Errors

rep-xlsx-terminal = an XLSX workbook can't be shown on a terminal
rep-xlsx-terminal-hint = write it to a file with -o report.xlsx, or pipe it
# XLSX page footer, right: page &P of &N (Excel's codes, keep them).
rep-xlsx-page = Page &P of &N

## The statistical form

form-title = Statistical report on citizens' appeals
form-previous-line = Beside it, the same period of the previous year: { $from } — { $to }
form-block-heading = Block { $number }. { $title }
# XLSX sheet of the statistical form (at most 31 characters).
form-sheet = Statistical form
form-col-items = Classifier items
form-items-all-topics = Part II
form-block-1 = Number of appeals
form-block-2 = Results of consideration
form-block-3 = Appeals of certain kinds and from certain categories of authors
form-block-4 = Questions raised in appeals, by topic
form-block-5 = The citizens' appeals unit
form-row-all = appeals in all
form-row-by-post = received by post
form-row-in-person = received at a personal reception
form-row-positive = resolved positively
form-row-refused = refused
form-row-explained = explained
form-row-other-result = other
form-row-repeated = repeated
form-row-collective = collective
form-row-war-veterans = from war participants, war invalids, combatants
form-row-disabled = from persons with disabilities of groups I, II, III
form-row-labour-veterans = from labour veterans
form-row-children-of-war = from children of war
form-row-families = from members of large families, single mothers, heroine mothers
form-row-chornobyl = from Chornobyl clean-up workers and victims of the Chornobyl disaster
form-row-questions = questions in all
form-topic-002 = agrarian policy and land relations
form-topic-003 = transport and communications
form-topic-005 = financial, tax and customs policy
form-topic-006 = social protection
form-topic-007 = labour and wages, labour protection and industrial safety
form-topic-008 = health care
form-topic-009 = communal services
form-topic-010 = housing policy
form-topic-011 = ecology and natural resources
form-topic-012 = legality, law and order, prevention of discrimination
form-topic-013 = family, children, youth, gender equality, physical culture and sport
form-topic-015 = education, science, technology, innovation and intellectual property
form-topic-017 = civic associations, religion and interfaith relations
form-topic-019 = central executive bodies
form-topic-020 = local executive bodies
form-topic-021 = local self-government bodies
form-topic-023 = state building, administrative and territorial structure
form-row-other-topics = other
form-row-staff = staff of the citizens' appeals unit
