"""A small multilingual fair written through the services: names in every script the reports
must print. Used by the report tests, the benchmark and the sample pages in docs/reports."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from crm_app.services.crm import Crm

# (given, family, latin given, latin family, language, country, title, organisation, sectors)
FOREIGN_PEOPLE: tuple[tuple[str, str, str, str, str, str, str, str, str], ...] = (
    ("太郎", "山田", "Taro", "Yamada", "ja", "JP", "事業開発部長", "武田ファーマ株式会社",
     "pharma"),
    ("Мария", "Иванова", "Maria", "Ivanova", "ru", "RU", "Директор по закупкам",
     "ООО «Фармсинтез»", "pharma,biotech"),
    ("محمد", "العتيبي", "Mohammed", "Al-Otaibi", "ar", "SA", "مدير تطوير الأعمال",
     "شركة الدواء السعودية", "healthcare_services"),
    ("伟", "王", "Wei", "Wang", "zh", "CN", "投资经理", "上海生物医药有限公司",
     "investment,biotech"),
    ("민준", "김", "Min-jun", "Kim", "ko", "KR", "연구소장", "서울바이오", "medtech"),
    ("Ζωή", "Παπαδοπούλου", "Zoi", "Papadopoulou", "el", "GR", "Διευθύντρια",
     "Ελληνική Ιατρική Α.Ε.", "diagnostics"),
    ("דוד", "כהן", "David", "Cohen", "he", "IL", "מנהל חדשנות", "טבע מדיקל", "digital_health"),
    ("Łukasz", "Wiśniewski-Żółć", "", "", "pl", "PL", "Dyrektor sprzedaży",
     "Łódź Medical Sp. z o.o.", "medtech"),
)
ITALIAN_PEOPLE = (
    ("Giulia", "Esposito", "Export manager", "Farmaceutici Lombardi S.p.A."),
    ("Niccolò", "Bianchi", "CEO", "Biotecnologie Sannite S.r.l."),
)
STAFF = (("Giulia Rossi", "Tokyo office", "giulia.rossi@ita-demo.example"),
         ("Marco Bianchi", "Tokyo office", "marco.bianchi@ita-demo.example"))
SUBJECTS = ("Distribution partnership", "Licensing opportunity", "Clinical trial cooperation",
            "Investment round", "Hospital procurement", "Technology transfer")


def seed_sample_fair(crm: Crm, *, meetings: int = 1, start: date = date(2026, 11, 24)
                     ) -> dict[str, Any]:
    """An event in Yokohama (Asia/Tokyo) with `meetings` meetings; the first one has every
    foreign participant, both Italian companies, both staff and three follow-ups (one
    overdue). Returns the ids: event, meetings, staff, contacts."""
    staff = [crm.staff.create({"name": n, "office": o, "email": e})["id"] for n, o, e in STAFF]
    crm.settings.set_profile({"staff_id": staff[0], "name": STAFF[0][0],
                              "office": "ITA – Italian Trade Agency, Tokyo office"})
    event = crm.events.create({
        "name": "BIO Japan 2026", "kind": "trade_fair", "city": "Yokohama", "country": "JP",
        "venue": "Pacifico Yokohama", "start_date": start.isoformat(),
        "end_date": (start + timedelta(days=2)).isoformat(), "timezone": "Asia/Tokyo"})["id"]
    foreign: list[str] = []
    for given, family, lgiven, lfamily, lang, country, title, org_name, sectors in FOREIGN_PEOPLE:
        org = crm.organisations.create({"name": org_name, "side": "foreign", "country": country,
                                        "sectors": sectors})["id"]
        slug = (lgiven or "lukasz").lower().replace("-", "")
        foreign.append(crm.contacts.create({
            "given_name": given, "family_name": family, "given_name_latin": lgiven,
            "family_name_latin": lfamily, "language": lang, "country": country,
            "job_title": title, "organisation_id": org,
            "emails": f"{slug}@example.com"})["id"])
    italian: list[str] = []
    for given, family, title, org_name in ITALIAN_PEOPLE:
        org = crm.organisations.create({"name": org_name, "side": "italian",
                                        "country": "IT"})["id"]
        italian.append(crm.contacts.create({
            "given_name": given, "family_name": family, "job_title": title, "country": "IT",
            "organisation_id": org, "phones": "+39 02 1234 5678",
            "emails": f"{family.lower()}@example.it"})["id"])
    crm.events.update(event, {"delegation": [
        c["organisation_id"] for c in (crm.contacts.get(i) for i in italian)]})
    meeting_ids: list[str] = []
    for index in range(meetings):
        day = start + timedelta(days=index % 3)
        starts = datetime(day.year, day.month, day.day, 9 + (index // 3) % 9, 30 * (index % 2))
        first = index == 0
        people = foreign if first else [foreign[index % len(foreign)]]
        participants = ([{"role": "foreign", "contact_id": c} for c in people]
                        + [{"role": "italian", "contact_id": c}
                           for c in (italian if first else italian[index % 2:][:1])]
                        + [{"role": "staff", "staff_id": s} for s in (staff if first
                                                                       else staff[:1])])
        meeting = crm.meetings.create({
            "event_id": event, "starts_at": starts.strftime("%Y-%m-%d %H:%M"),
            "duration_minutes": 45, "place": f"Italian pavilion, table {index % 12 + 1}",
            "subject": SUBJECTS[index % len(SUBJECTS)], "status": "held",
            "agenda": "1. Company presentations\n2. Regulatory pathway in Japan\n"
                      "3. Distribution terms",
            "minutes": "Both sides presented their portfolios. Ms Ivanova asked for the EU "
                       "dossier; Mr Al-Otaibi confirmed interest in the Gulf market.\n"
                       "ناقش الطرفان شروط التوزيع في المملكة العربية السعودية وسيتم إرسال "
                       "العرض خلال أسبوعين بعد مراجعة الأسعار مع الإدارة في الرياض. "
                       "وطلب السيد العتيبي نسخة من ملف التسجيل الأوروبي قبل نهاية الشهر.\n"
                       "דוד כהן ביקש מצגת על שיתוף פעולה בניסויים קליניים.",
            "outcome": "Agreement in principle on a pilot distribution in Japan and Saudi "
                       "Arabia.",
            "interest": ("hot", "warm", "cold")[index % 3],
            "next_steps": "Send the price list; organise a call with headquarters.",
            "participants": participants})["id"]
        meeting_ids.append(meeting)
        crm.followups.create({"title": "Send the EU regulatory dossier", "owner_id": staff[0],
                              "due_date": (start - timedelta(days=3)).isoformat(),
                              "meeting_id": meeting, "contact_id": people[0],
                              "priority": "high"})
        if first:
            crm.followups.create({"title": "Arrange a call with headquarters",
                                  "owner_id": staff[1],
                                  "due_date": (start + timedelta(days=14)).isoformat(),
                                  "meeting_id": meeting, "contact_id": foreign[2]})
            crm.followups.create({"title": "Share pricing for the pilot",
                                  "owner_id": staff[1], "status": "in_progress",
                                  "due_date": (start + timedelta(days=7)).isoformat(),
                                  "meeting_id": meeting, "contact_id": foreign[4]})
    return {"event": event, "meetings": meeting_ids, "staff": staff, "foreign": foreign,
            "italian": italian}
