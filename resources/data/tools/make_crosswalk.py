#!/usr/bin/env python3
"""Builds HealthPath's compact copy of the O*NET Military Crosswalk.

    python3 resources/data/tools/make_crosswalk.py CROSSWALK.csv ONET_TITLES.csv [OUT_DIR]

Inputs (researched copies, not part of this repository):
  CROSSWALK.csv     branch,code_type,category,military_code,military_title,onet_soc_codes
                    one row per active military occupation with at least one O*NET match
                    (onet_soc_codes joined by ';'), in the source file's order
  ONET_TITLES.csv   onet_soc,onet_title

Outputs, in OUT_DIR (default: resources/data next to this script):
  military_crosswalk.csv  svc,category,code,title,onet
      svc       the crosswalk's own service code: A Army, C Coast Guard, F Air Force, H Space
                Force, M Marine Corps, N Navy (ratings, NECs, NOBCs), S Navy officer subspecialty
      category  E enlisted, W warrant officer, O commissioned officer
      onet      the matched O*NET-SOC codes, ';'-separated, in the source's order
  onet_titles.csv         onet,title  (only the codes military_crosswalk.csv uses)

Federal civilian (OPM series) rows are left out: they are not military occupations. Every other
row is kept, in the input's order, so a test can compare the two files row for row.

The data is derived from the O*NET Military Crosswalk, U.S. Department of Labor, Employment and
Training Administration, used under CC BY 4.0; modified (reformatted). Run once per new crosswalk
release, then run `healthpath-cli data check` and the tests (tst_veterans compares the result with
the input when HEALTHPATH_SHARED_DIR holds it).
"""
import csv
import os
import sys

# (branch, code type as the crosswalk names it) -> service code of the crosswalk file
SERVICE = {
    ("Army", "MOS / Area of Concentration / Reporting Code"): "A",
    ("Coast Guard", "Coast Guard code"): "C",
    ("Air Force", "Air Force Specialty Code (AFSC)"): "F",
    ("Space Force", "Enlisted and Commissioned Officer code"): "H",
    ("Marine Corps", "Military Occupational Specialty (MOS)"): "M",
    ("Navy", "Enlisted Rating / NEC / NEBC / NOBC"): "N",
    ("Navy", "Officer Subspecialty (SSP) code"): "S",
}
CATEGORY = {"Enlisted": "E", "Warrant Officer": "W", "Commissioned Officer": "O"}
SKIPPED_BRANCHES = {"Federal civilian"}


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    crosswalk, titles_file = argv[1], argv[2]
    out_dir = argv[3] if len(argv) == 4 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")

    with open(titles_file, encoding="utf-8", newline="") as f:
        titles = {r["onet_soc"]: r["onet_title"] for r in csv.DictReader(f)}

    rows, used, skipped = [], set(), 0
    with open(crosswalk, encoding="utf-8", newline="") as f:
        for line, r in enumerate(csv.DictReader(f), start=2):
            if r["branch"] in SKIPPED_BRANCHES:
                skipped += 1
                continue
            svc = SERVICE.get((r["branch"], r["code_type"]))
            category = CATEGORY.get(r["category"])
            if svc is None or category is None:
                sys.exit(f"{crosswalk}, line {line}: unknown branch, code type or category: {r}")
            onet = [c.strip() for c in r["onet_soc_codes"].split(";") if c.strip()]
            if not onet:
                sys.exit(f"{crosswalk}, line {line}: no O*NET code")
            for code in onet:
                if code not in titles:
                    sys.exit(f"{crosswalk}, line {line}: O*NET code {code} has no title in {titles_file}")
                used.add(code)
            rows.append([svc, category, r["military_code"].strip(), r["military_title"].strip(), ";".join(onet)])

    with open(os.path.join(out_dir, "military_crosswalk.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["svc", "category", "code", "title", "onet"])
        w.writerows(rows)
    with open(os.path.join(out_dir, "onet_titles.csv"), "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["onet", "title"])
        w.writerows([code, titles[code]] for code in sorted(used))
    print(f"{len(rows)} military occupations, {len(used)} O*NET codes; {skipped} federal civilian rows left out.")


if __name__ == "__main__":
    main(sys.argv)
