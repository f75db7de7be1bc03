"""Utviklingssiden: én enhets runder side om side (`Utviklingsvindu`)."""

from __future__ import annotations
