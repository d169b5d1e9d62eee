"""Which backups a grandfather-father-son policy keeps."""
import datetime as dt


def keep(dates, daily=7, weekly=4, monthly=6):
    """Returns the subset of dates (datetime.date) to keep, newest first."""
    ordered = sorted(set(dates), reverse=True)
    kept, weeks, months = [], set(), set()
    for i, d in enumerate(ordered):
        week, month = d.isocalendar()[:2], (d.year, d.month)
        if i < daily:
            kept.append(d)
        elif week not in weeks and len(weeks) < weekly:
            kept.append(d)
        elif month not in months and len(months) < monthly:
            kept.append(d)
        else:
            continue
        weeks.add(week)
        months.add(month)
    return kept


def parse(s):
    return dt.date.fromisoformat(s)
