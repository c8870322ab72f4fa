"""Closed vocabularies of the domain. Values are stored as their string value."""

from __future__ import annotations

from enum import StrEnum


class OrgKind(StrEnum):
    COMPANY = "company"
    INVESTOR = "investor"
    DISTRIBUTOR = "distributor"
    PUBLIC_AGENCY = "public_agency"
    UNIVERSITY = "university"
    HOSPITAL = "hospital"
    ASSOCIATION = "association"
    OTHER = "other"


class Side(StrEnum):
    FOREIGN = "foreign"
    ITALIAN = "italian"
    PARTNER = "partner"


class Sector(StrEnum):
    PHARMA = "pharma"
    BIOTECH = "biotech"
    MEDTECH = "medtech"
    DIAGNOSTICS = "diagnostics"
    DIGITAL_HEALTH = "digital_health"
    CRO_CDMO = "cro_cdmo"
    NUTRACEUTICALS = "nutraceuticals"
    COSMETICS = "cosmetics"
    HEALTHCARE_SERVICES = "healthcare_services"
    INVESTMENT = "investment"
    OTHER = "other"


class EventKind(StrEnum):
    TRADE_FAIR = "trade_fair"
    MISSION = "mission"
    ROAD_SHOW = "road_show"
    WEBINAR = "webinar"
    VISIT = "visit"


class MeetingStatus(StrEnum):
    REQUESTED = "requested"
    CONFIRMED = "confirmed"
    HELD = "held"
    CANCELLED = "cancelled"
    NO_SHOW = "no_show"


class Interest(StrEnum):
    COLD = "cold"
    WARM = "warm"
    HOT = "hot"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    CANCELLED = "cancelled"


class Priority(StrEnum):
    LOW = "low"
    NORMAL = "normal"
    HIGH = "high"


class LawfulBasis(StrEnum):
    CONSENT = "consent"
    CONTRACT = "contract"
    LEGITIMATE_INTEREST = "legitimate_interest"
    LEGAL_OBLIGATION = "legal_obligation"
    PUBLIC_TASK = "public_task"


class AddressKind(StrEnum):
    WORK = "work"
    HOME = "home"
    OTHER = "other"


class ParticipantRole(StrEnum):
    """Which table of a meeting report a participant belongs to."""

    FOREIGN = "foreign"  # a foreign stakeholder (contact)
    ITALIAN = "italian"  # an Italian company's representative (contact) or the company itself
    STAFF = "staff"  # agency staff
