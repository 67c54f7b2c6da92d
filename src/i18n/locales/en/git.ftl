# git: committing changes, the author, init outside a git work tree.

git-not-committed = the changes are written but not committed to git: { $error }
git-written =
    written: { $count ->
        [one] { $count } file
       *[other] { $count } files
    } in { $dir }: { $files }
git-written-more = and { $count } more
git-written-safe = the files stay written and the register is valid; only the git commit is missing
git-commit-by-hand = fix the cause and commit them yourself: git -C { $dir } add -A . && git -C { $dir } commit -m "{ $subject }" -- .
git-made-up-author = git doesn't know who commits (no user.name and user.email) and people.toml has no e-mail for '{ $user }': committed as { $user } <{ $user }@appeals>
git-made-up-author-hint = tell git who you are: git config --global user.name "Your Name" and git config --global user.email "you@example.org", or add an email to '{ $user }' in people.toml
git-init-off = Commits to git are off: { $dir } is not in a git work tree.
git-init-how = To turn them on, run 'git init' in { $dir } (or a folder above it) and set 'commit = true' in the [git] section of register.toml.
git-committed-owed = committed { $sha }: what '{ $command }' wrote before it was interrupted
git-owed-not-committed = what '{ $command }' wrote before it was interrupted is still not committed: { $error }
git-setup-done = cards now merge by their history in this clone (.gitattributes and git's merge driver 'appeals-card')
git-setup-no-work-tree = the register is in no git work tree
git-setup-no-work-tree-hint = run 'git init' where the register lives, or clone it, and run 'appeals git-setup' again
git-merge-conflict = { $card }: both sides changed { $at } differently; the two versions are kept between git's markers
git-merge-conflict-hint = keep the right version of that step (ask who recorded each), remove the other and the markers, then 'appeals check' and commit

## sync
sync-renumbered = { $year }/{ $from } → { $year }/{ $to }: the remote's { $remote } has the number (commit { $commit }, { $author })
sync-letter = corrected letter to the executor: { $file }
sync-done = Synced with { $upstream }: commits received: { $received }, sent: { $sent }; cards renumbered: { $renumbered }.
sync-same-cc = { $ours } and { $theirs } carry one contact-centre number: possibly one appeal registered in both clones
sync-same-cc-hint = if so, close one of them as a duplicate: appeals close-duplicate { $card } --of …
sync-not-in-git = the register is not in a git work tree; there is nothing to sync with
sync-not-in-git-hint = create a repository and add the shared remote: git init && git remote add origin URL (see the README, "Several clerks")
sync-no-branch = no branch is checked out (detached HEAD)
sync-no-branch-hint = switch to the register's branch: git switch main
sync-no-remote = the repository has no remote to publish to
sync-no-remote-hint = add the shared remote: git remote add origin URL
sync-dirty = { $count } { $count ->
        [one] register file is
       *[other] register files are
    } changed but not committed: { $files }
sync-dirty-hint = sync publishes only what is committed: commit (git commit) or restore (git restore) them, and set [git] commit = true in register.toml for commands to commit themselves
sync-unrelated = { $upstream } shares no commit with this clone
sync-unrelated-hint = it is another register or repository; check the address: git remote -v
sync-left-sent = { $card } was sent to the applicant ({ $date }), and the remote has its own card with that number ({ $remote }); a number the applicant holds is not changed. Nothing was changed.
sync-left-pushed = { $card } was published to { $remotes }, and { $remote } has its own card with that number; a published number is not changed. Nothing was changed.
sync-left-hint = agree with the clerk who registered { $remote } which of the two cards to renumber; a register can't hold two cards with one number
sync-need-outbox = the numbers of { $cards } change, and they were dispatched to executors: corrected letters are needed. Nothing was changed.
sync-need-outbox-hint = say where the corrected letters go: appeals sync --outbox outbox/DATE
sync-conflict = { $count } { $count ->
        [one] file was
       *[other] files were
    } changed in both clones in ways that don't merge by themselves: { $files }. The rebase was undone; this clone's commits are not published.
sync-conflict-hint = merge by hand: git pull --rebase, resolve the conflicts (appeals check explains each), git rebase --continue, then appeals sync
sync-gave-up = the remote changed during each of { $attempts } attempts; this clone's commits are not published
sync-gave-up-hint = run appeals sync again in a minute
sync-old-index = document { $file } of { $card } names its old number: check it before it goes out
