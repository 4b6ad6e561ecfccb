#!/usr/bin/env python3
"""Lower bounds an INRC-2010 instance puts on some cost terms of any roster (docs/roster.md, issue 17).

Cover is exact, so every roster works the demand (the sum of the preferred cover) in shifts:
- max-assignment bound: (demand - sum of the contracts' maxima) x the smallest weight;
- assignments + runs bound: per contract, f(k) = the least cost of a line of k shifts under the six
  rules that read only which days a line works (max/min assignments, max/min consecutive working and
  free days; runs touching the period's ends count like any other), by a dynamic programme over the
  days; then the least sum of f over the nurses with the k summing to the demand (which days are
  covered is ignored, so the bound is weak);
- the most shifts the lines can carry at no cost of those six rules (each nurse's largest such k);
- head-nurse (or any skill's) shifts against the maxima of the nurses holding the skill.

Usage: bounds.py INSTANCE.xml ...   (prints one Markdown table row per instance)
"""
import datetime
import sys
import xml.etree.ElementTree as ET

INF = 10 ** 9
DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def rule(contract, tag):
    e = contract.find(tag)
    if e is None or e.get('on') == '0' or int(e.get('weight') or 0) == 0:
        return None
    return int(e.text), int(e.get('weight'))


def line_costs(contract, n):
    """f[k]: the least cost of the six line rules over lines of n days with k shifts."""
    mxa, mna = rule(contract, 'MaxNumAssignments'), rule(contract, 'MinNumAssignments')
    limits = {True: (rule(contract, 'MaxConsecutiveWorkingDays'), rule(contract, 'MinConsecutiveWorkingDays')),
              False: (rule(contract, 'MaxConsecutiveFreeDays'), rule(contract, 'MinConsecutiveFreeDays'))}

    def run_cost(working, length):
        mx, mn = limits[working]
        return (mx[1] * max(0, length - mx[0]) if mx else 0) + (mn[1] * max(0, mn[0] - length) if mn else 0)

    states = {(w, 1): {w: 0} for w in (0, 1)}  # (works today, run length) -> {shifts so far: least cost}
    for _ in range(1, n):
        nxt = {}
        for (w, length), by_k in states.items():
            for w2 in (0, 1):
                key, add = ((w, length + 1), 0) if w2 == w else ((w2, 1), run_cost(w == 1, length))
                target = nxt.setdefault(key, {})
                for k, cost in by_k.items():
                    if cost + add < target.get(k + w2, INF):
                        target[k + w2] = cost + add
        states = nxt
    f = [INF] * (n + 1)
    for (w, length), by_k in states.items():
        for k, cost in by_k.items():
            total = cost + run_cost(w == 1, length) + (mxa[1] * max(0, k - mxa[0]) if mxa else 0) \
                + (mna[1] * max(0, mna[0] - k) if mna else 0)
            f[k] = min(f[k], total)
    return f


def bounds(path):
    t = ET.parse(path).getroot()
    start = datetime.date.fromisoformat(t.findtext('StartDate'))
    n = (datetime.date.fromisoformat(t.findtext('EndDate')) - start).days + 1
    days = [start + datetime.timedelta(i) for i in range(n)]
    cover = t.find('CoverRequirements')
    by_weekday = {c.findtext('Day'): {x.findtext('Shift'): int(x.findtext('Preferred')) for x in c.findall('Cover')}
                  for c in cover.findall('DayOfWeekCover')}
    by_date = {c.findtext('Date'): {x.findtext('Shift'): int(x.findtext('Preferred')) for x in c.findall('Cover')}
               for c in cover.findall('DateSpecificCover')}
    need = [by_date.get(d.isoformat(), by_weekday.get(DAYS[d.weekday()], {})) for d in days]
    demand = sum(sum(x.values()) for x in need)
    contracts = {c.get('ID'): c for c in t.find('Contracts')}
    nurses = [(x.findtext('ContractID'), {k.text for k in x.find('Skills')}) for x in t.find('Employees')]
    maxima = [rule(contracts[c], 'MaxNumAssignments') for c, _ in nurses]
    max_bound = max(0, demand - sum(m[0] for m in maxima)) * min(m[1] for m in maxima) if all(maxima) else 0
    f = {cid: line_costs(c, n) for cid, c in contracts.items()}
    least = [0] + [INF] * demand  # least sum over the nurses so far, by shifts so far
    for c, _ in nurses:
        nxt = [INF] * (demand + 1)
        for total, cost in enumerate(least):
            if cost < INF:
                for k in range(min(n, demand - total) + 1):
                    if cost + f[c][k] < nxt[total + k]:
                        nxt[total + k] = cost + f[c][k]
        least = nxt
    clean = sum(max((k for k in range(n + 1) if f[c][k] == 0), default=0) for c, _ in nurses)
    skill_of = {s.get('ID'): {k.text for k in s.find('Skills')} for s in t.find('ShiftTypes')}
    skills = []
    for skill in sorted({k for v in skill_of.values() for k in v}):
        holders = [c for c, held in nurses if skill in held]
        if len(holders) < len(nurses):
            shifts = sum(count for x in need for shift, count in x.items() if skill in skill_of[shift])
            skills.append(f'{skill} {shifts} / {sum(rule(contracts[c], "MaxNumAssignments")[0] for c in holders)} '
                          f'({len(holders)} holders)')
    name = path.split('/')[-1].removesuffix('.xml')
    return f'| {name} | {demand} | {sum(m[0] for m in maxima if m)} | {max_bound} | {clean} | {least[demand]} | ' \
           f'{"; ".join(skills) or "-"} |'


if __name__ == '__main__':
    print('| instance | demand (shifts) | sum of max assignments | max-assignment bound '
          '| shifts carried at no run or assignment cost | bound on assignments + runs | skill shifts / holders\' max |')
    print('|---|---:|---:|---:|---:|---:|---|')
    for arg in sys.argv[1:]:
        print(bounds(arg))
