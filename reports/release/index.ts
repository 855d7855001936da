export { dataDigest } from './data-digest';
export { independentAudit } from './independent-audit';
export { openRelease, type Release, type ReleaseRequest, type SealedMasks } from './open-release';
export { checkMasks, partnerMasks } from './partner-masks';
export { REGISTER_FILE, type Register, type ReleaseEntry, readRegister } from './register';
export { withRegisterLock } from './register-lock';
