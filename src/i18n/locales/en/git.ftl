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
