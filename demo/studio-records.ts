/**
 * The studio's history as typed records: what really happened (registrations, contracts, payments,
 * blocks, classes), from which every sheet is a point-in-time view. Keeping one source of truth is what
 * makes the sheets agree with each other the way a real system's exports do.
 */
import type { CalendarDate } from '../domain/calendar-date.ts';
import type { Identity } from './names.ts';
import type { PlanId } from './plans.ts';
import type { Consultant } from './staff.ts';

export type ClientStatus = 'Ativo' | 'Bloqueado' | 'Cancelado' | 'Excluído' | 'Prospect' | 'Sem Contrato' | 'Cliente Pass';
export type ContractStatus = 'Ativo' | 'Bloqueado' | 'Cancelado' | 'Finalizado';
export type PaymentMethod = 'Pix' | 'Cartão de crédito' | 'Cartão de débito' | 'Dinheiro' | 'Boleto' | 'Recorrente';

/** Which column of the frequency report a booking counts in. */
export type VisitKind = 'fixa' | 'avulsa' | 'reposicao' | 'prospect' | 'gympass';
export type VisitOutcome = 'presenca' | 'falta' | 'sem-acao';

/** A moment in the studio's day: date plus seconds after midnight, São Paulo time. */
export interface StudioTime {
  date: CalendarDate;
  secondOfDay: number;
}

export interface Visit {
  date: CalendarDate;
  kind: VisitKind;
  outcome: VisitOutcome;
  /** Index into the client's contracts; null for a class outside any contract. */
  contract: number | null;
}

export interface Block {
  start: CalendarDate;
  /** The day the block was lifted; null while still blocked. */
  end: CalendarDate | null;
  /** What the client owes while blocked, in centavos; 0 for a block that is not about money. */
  overdueCentavos: number;
}

export interface Payment {
  at: StudioTime;
  centavos: number;
  method: PaymentMethod;
  origin: string;
}

export interface Acceptance {
  /** Version of the contract terms the client was asked to accept. */
  version: number;
  sentAt: StudioTime;
  acceptedAt: StudioTime | null;
}

export interface Contract {
  planId: PlanId;
  start: CalendarDate;
  /** Last day of validity. */
  end: CalendarDate;
  valueCentavos: number;
  cancelledOn: CalendarDate | null;
  blocks: Block[];
  /** Null when nothing was paid (aggregator members, or a debt never settled). */
  payment: Payment | null;
  acceptance: Acceptance | null;
  consultant: Consultant;
}

export interface Lead {
  firstContact: StudioTime;
  origin: string;
  visitType: 'Aula experimental' | 'Visita' | null;
  scheduledClasses: number;
  classGroup: string | null;
}

export interface Client {
  /** Tecnofit's client code, given in registration order. */
  code: number;
  identity: Identity;
  registeredOn: CalendarDate;
  consultant: Consultant;
  lead: Lead;
  contracts: Contract[];
  visits: Visit[];
  /** Deleted from the system (test sign-ups, duplicates): status Excluído. */
  excluded: boolean;
  /** How the frequency report spells the name when it differs from the registration (a typo). */
  attendanceName: string | null;
}

/** Someone in the frequency report who is not in the client base (a pass holder never registered). */
export interface WalkIn {
  name: string;
  visits: Visit[];
}

export interface Studio {
  seed: number;
  asOf: CalendarDate;
  /** First day of the sales history: three years before as-of. */
  historyStart: CalendarDate;
  clients: Client[];
  walkIns: WalkIn[];
}
