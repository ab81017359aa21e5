import {
  errorCodeSchema,
  errorEnvelopeSchema,
  fieldCodeSchema,
} from "../../schema/contracts/errors.js";
import {
  eventDetailResponseSchema,
  eventListResponseSchema,
  eventSeriesLinkSchema,
  organisationResponseSchema,
  publicEventSchema,
  publicOrganisationSchema,
  publicPickupPointSchema,
  publicQuestionSchema,
  publicSlotSchema,
  publicStopSchema,
} from "../../schema/contracts/events-responses.js";
import {
  applicationExportSchema,
  applicationResponseSchema,
  applicationViewSchema,
  dishViewSchema,
  menuDishSchema,
  menuResponseSchema,
  menuStallSchema,
} from "../../schema/contracts/festivals-responses.js";
import { applicationInputSchema } from "../../schema/contracts/festivals.js";
import {
  networkEventListResponseSchema,
  networkEventSchema,
  networkOrganiserSchema,
} from "../../schema/contracts/networks.js";
import {
  registrationResponseSchema,
  registrationViewSchema,
  seriesSignUpResponseSchema,
  signUpResponseSchema,
} from "../../schema/contracts/registrations-responses.js";
import {
  changeRegistrationBodySchema,
  signUpBodySchema,
} from "../../schema/contracts/registrations.js";
import {
  intakeBodySchema,
  intakeChangeSchema,
  relayMessageBodySchema,
  shareContactBodySchema,
} from "../../schema/contracts/mentoring.js";
import { seriesSignUpBodySchema } from "../../schema/contracts/series.js";
import {
  publicRoleSchema,
  publicShiftSchema,
  scheduleShiftSchema,
  shiftsResponseSchema,
  volunteerErasedSchema,
  volunteerExportSchema,
  volunteerResponseSchema,
  volunteerViewSchema,
} from "../../schema/contracts/volunteers-responses.js";
import { addShiftsSchema, volunteerSignUpSchema } from "../../schema/contracts/volunteers.js";
import * as v from "valibot";
import {
  intakeResponseSchema,
  managedIntakeSchema,
  publicSeasonSchema,
  relayMessageResponseSchema,
  seasonResponseSchema,
} from "../../schema/contracts/mentoring-responses.js";

/**
 * Every schema the document names (`#/components/schemas/<name>`). Request bodies are the
 * contracts' own schemas, the very ones the worker validates with; answers are the contracts'
 * own response schemas, the ones their types are inferred from (any still in `responses/` is
 * pinned there to its contract's type). A schema used inside another is written as a `$ref` to
 * its name here, so each shape is spelled out once in the document.
 */
export const namedSchemas = {
  // Requests
  SignUpBody: signUpBodySchema,
  SeriesSignUpBody: seriesSignUpBodySchema,
  ChangeRegistrationBody: changeRegistrationBodySchema,
  VolunteerSignUpBody: volunteerSignUpSchema,
  AddShiftsBody: addShiftsSchema,
  ApplicationBody: applicationInputSchema,
  IntakeBody: intakeBodySchema,
  IntakeChangeBody: intakeChangeSchema,
  ShareContactBody: shareContactBodySchema,
  RelayMessageBody: relayMessageBodySchema,
  // Answers
  Health: v.object({ ok: v.literal(true) }),
  PublicOrganisation: publicOrganisationSchema,
  OrganisationResponse: organisationResponseSchema,
  PublicSlot: publicSlotSchema,
  PublicStop: publicStopSchema,
  PublicPickupPoint: publicPickupPointSchema,
  PublicQuestion: publicQuestionSchema,
  EventSeriesLink: eventSeriesLinkSchema,
  PublicEvent: publicEventSchema,
  EventListResponse: eventListResponseSchema,
  EventDetailResponse: eventDetailResponseSchema,
  NetworkOrganiser: networkOrganiserSchema,
  NetworkEvent: networkEventSchema,
  NetworkEventListResponse: networkEventListResponseSchema,
  SignUpResponse: signUpResponseSchema,
  SeriesSignUpResponse: seriesSignUpResponseSchema,
  RegistrationView: registrationViewSchema,
  RegistrationResponse: registrationResponseSchema,
  PublicRole: publicRoleSchema,
  PublicShift: publicShiftSchema,
  ShiftsResponse: shiftsResponseSchema,
  ScheduleShift: scheduleShiftSchema,
  VolunteerView: volunteerViewSchema,
  VolunteerResponse: volunteerResponseSchema,
  VolunteerExport: volunteerExportSchema,
  VolunteerErased: volunteerErasedSchema,
  DishView: dishViewSchema,
  ApplicationView: applicationViewSchema,
  ApplicationResponse: applicationResponseSchema,
  ApplicationExport: applicationExportSchema,
  MenuDish: menuDishSchema,
  MenuStall: menuStallSchema,
  MenuResponse: menuResponseSchema,
  PublicSeason: publicSeasonSchema,
  SeasonResponse: seasonResponseSchema,
  ManagedIntake: managedIntakeSchema,
  IntakeResponse: intakeResponseSchema,
  RelayMessageResponse: relayMessageResponseSchema,
  // The one error envelope
  ErrorCode: errorCodeSchema,
  FieldCode: fieldCodeSchema,
  ErrorEnvelope: errorEnvelopeSchema,
};

export type SchemaName = keyof typeof namedSchemas;
