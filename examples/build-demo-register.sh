#!/usr/bin/env bash
# Builds the demo register in register/ from the contact-centre exports in
# examples/contact-centre/, by running `appeals` itself day by day, the way
# a clerk would: intake each morning, then resolutions, dispatch, answers,
# signatures and sending as the weeks go by. Every name is invented.
#
#   examples/build-demo-register.sh [DIR]      (default: register)
#
# Set APPEALS to the binary to use (default: cargo run -q --).
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-register}
appeals() { ${APPEALS:-cargo run -q --} -R "$dir" --user zarichenko "$@"; }
ex=examples/contact-centre
ans=examples/answers

rm -rf "$dir"
# --no-commit: the demo lives inside the project's repository.
# The council considers anonymous appeals under its own Regulations (law.md §1.5).
appeals init "$dir" --no-commit --anonymous consider --edition 2015 >/dev/null
# init gives every register an id of its own; the demo keeps one, so that
# it is built the same every time.
settings=$(sed 's/^id = ".*"$/id = "f6534dab-edb9-4503-9046-18d913a74a3d"/' "$dir/register.toml")
printf '%s\n' "$settings" > "$dir/register.toml"

# Morning intake, one export a day (JSON, JSON Lines and CSV as they come).
for f in "$ex"/export-*; do
  day=$(basename "$f" | sed -E 's/export-([0-9-]+)\..*/\1/')
  appeals --today "$day" register --from "$f" >/dev/null 2>&1
done

# The executor for a card, by its first topic (the coordinator follows from people.toml).
executor_for() {
  case "$1" in
    009|011) echo dzhkg ;;
    010) echo dzhkg ;;
    003) echo transport ;;
    006) echo soc ;;
    008) echo health ;;
    013) echo sport ;;
    015) echo osvita ;;
    002) echo land ;;
    *) echo zavodska ;;
  esac
}

step() { # step DAY CARD...: resolve and dispatch on DAY
  local day=$1; shift
  for card in "$@"; do
    topic=$(appeals --today "$day" show "$card" --format json | sed -n 's/^      "\([0-9][0-9][0-9]\)".*/\1/p' | head -1)
    appeals --today "$day" resolve "$card" --executor "$(executor_for "$topic")" --text "Розглянути, вжити заходів, надати відповідь у встановлений термін" >/dev/null
    appeals --today "$day" dispatch "$card" >/dev/null
  done
}

answer() { # answer DAY CARD RESULT QUALITY
  appeals --today "$1" answer "$2" --draft "$ans/draft-applicant.txt" --info "$ans/info-coordinator.txt" \
    --quality "$ans/$4" --result "$3" --executor-number "вх-$(echo "$2" | tr -dc 0-9)" >/dev/null
}

finish() { # finish DAY CARD: the resolution's coordinator signs, the administrator sends
  local by
  by=$(appeals --today "$1" show "$2" --format json | sed -n 's/^    "coordinator": "\(.*\)",$/\1/p' | head -1)
  appeals --today "$1" sign "$2" --by "$by" >/dev/null
  appeals --today "$1" send "$2" --number "02-14/$(echo "$2" | tr -dc 0-9 | tail -c 3)" --date "$1" >/dev/null
  # The controller takes it off control after the reply (the Instruction).
  appeals --today "$1" close "$2" --by sizhuk --file "справа 02-14, том 1" >/dev/null
}

# Resolutions and dispatch a day or two after intake.
step 2015-06-24 2015#1 2015#2 2015#3 2015#4 2015#5
step 2015-06-25 2015#6 2015#7 2015#8 2015#9 2015#10 2015#11 2015#12
step 2015-06-26 2015#13 2015#14 2015#15 2015#16 2015#17 2015#18 2015#19 2015#20 2015#21
step 2015-06-30 2015#22 2015#23 2015#24 2015#25 2015#26 2015#27 2015#28
step 2015-07-02 2015#30 2015#31 2015#32 2015#33

# The Law's exits. Outside the council's competence: forwarded within five
# days (art. 7), the applicant told.
appeals --today 2015-07-03 forward 2015#34 --to "Державна екологічна інспекція у Дніпропетровській області" \
  --by maslenkov --number "02-14/701" --notice "$ans/notice-forward.txt" >/dev/null
# Without the substance of the question: returned with explanations (arts. 5, 7).
appeals --today 2015-07-06 return 2015#39 --reason "не викладено суті порушеного питання" \
  --by plakhotnik --notice "$ans/notice-return.txt" >/dev/null
# A complaint filed after art. 17's term: not considered, by the head (art. 8).
appeals --today 2015-07-08 decline 2015#37 --ground art17-late --by holova \
  --reason "скаргу подано понад рік після оскарженого рішення" --notice "$ans/notice-decline.txt" >/dev/null
# The same appeal came again by post and was registered twice: closed as the duplicate.
appeals --today 2015-07-03 register --received 2015-07-03 --form 1.1 --name "Бондаренко Василь Миколайович" \
  --address "вул. Сировця, 23, кв. 82" --topic 011 --summary "Незаконна вирубка дерев у сквері (поштою)" >/dev/null 2>&1
appeals --today 2015-07-03 close-duplicate 2015#41 --of 2015#36 --by zarichenko >/dev/null

# Answers: most on time, some late, two applicants not satisfied.
answer 2015-07-08 2015#1 9.1 quality-late.toml
answer 2015-07-07 2015#2 9.3 quality-dissatisfied.toml
answer 2015-07-08 2015#3 9.1 quality-late.toml
answer 2015-07-09 2015#6 9.3 quality-satisfied.toml
answer 2015-07-10 2015#7 9.2 quality-satisfied.toml
answer 2015-07-14 2015#13 9.1 quality-satisfied.toml
answer 2015-07-17 2015#8 9.3 quality-satisfied.toml
answer 2015-07-17 2015#14 9.1 quality-dissatisfied.toml

# Signatures and sending.
for c in 2015#1 2015#2 2015#3; do finish 2015-07-09 "$c"; done
finish 2015-07-13 2015#6
finish 2015-07-13 2015#7
finish 2015-07-20 2015#8

# A 15-day term extended by the head to 45 days (law art. 20), the applicant
# notified; decided after its control date (10.07) had passed, so recorded as
# late: the card stays overdue in `deadlines` and the report.
appeals --today 2015-07-15 extend 2015#15 --until 2015-08-07 --by holova --late \
  --reason "Потрібне обстеження мереж спільно з КП «Водоканал»" --notified 2015-07-15 >/dev/null 2>&1

# The contact centre's call-backs after the answers went out.
appeals --today 2015-07-13 confirm 2015#1 --outcome confirmed >/dev/null
appeals --today 2015-07-14 confirm 2015#2 --outcome not-confirmed \
  --note "Межі ділянки так і не встановлено" >/dev/null
appeals --today 2015-07-14 confirm 2015#3 --outcome fixed-by-applicant >/dev/null
appeals --today 2015-07-15 confirm 2015#6 --outcome confirmed >/dev/null

# A package returned for rework (point 8.1): answered again, then signed and sent.
coordinator_of() {
  appeals --today "$1" show "$2" --format json | sed -n 's/^    "coordinator": "\(.*\)",$/\1/p' | head -1
}
appeals --today 2015-07-15 rework 2015#13 --by "$(coordinator_of 2015-07-15 2015#13)" \
  --reason "У відповіді не зазначено строків ремонту покрівлі" >/dev/null
answer 2015-07-16 2015#13 9.1 quality-satisfied.toml
finish 2015-07-17 2015#13

# The applicant of 2015#2 was not satisfied and called again: linked at intake as repeated.
appeals --today 2015-07-16 register --from "$ex/repeat-2015-07-16.json" >/dev/null 2>&1

# The same applicant on the same question a third and a fourth time: each
# repeats all the earlier ones (2.4 неодноразове, the order's point 9).
appeals --today 2015-07-17 register --from "$ex/repeat-2015-07-17.json" >/dev/null 2>&1
appeals --today 2015-07-20 register --from "$ex/repeat-2015-07-20.json" >/dev/null 2>&1
