"""pip-audit over the installed environment: a known vulnerability fails CI; a package whose advisory data
cannot be reached here (no vulnerability service on this network) is only a warning."""

import json
import subprocess
import sys

proc = subprocess.run([sys.executable, "-m", "pip_audit", "--skip-editable", "--progress-spinner", "off",
                       "--format", "json"], capture_output=True, text=True)
try:
    report = json.loads(proc.stdout or "{}")
except json.JSONDecodeError:
    print(f"pip-audit: WARNING, no report ({proc.stderr.strip().splitlines()[-1:]}); vulnerabilities not checked")
    sys.exit(0)
deps = report.get("dependencies", [])
vulnerable = [(d["name"], d["version"], [v["id"] for v in d["vulns"]]) for d in deps if d.get("vulns")]
skipped = [d["name"] for d in deps if d.get("skip_reason")]
for name, version, ids in vulnerable:
    print(f"pip-audit: {name} {version}: {', '.join(ids)}")
if skipped:
    print(f"pip-audit: WARNING, {len(skipped)} of {len(deps)} packages could not be audited here "
          "(advisory data unreachable)")
print(f"pip-audit: {len(deps) - len(skipped)} packages audited, {len(vulnerable)} with known vulnerabilities")
sys.exit(1 if vulnerable else 0)
