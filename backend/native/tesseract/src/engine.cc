// Resident libtesseract engine for the receipt OCR (backend/src/ocr/native-engine.ts).
//
// One Engine wraps one tesseract::TessBaseAPI: created (models loaded) once, then fed pages one at a time. Both the
// start and each recognition run on libuv's thread pool (Napi::AsyncWorker), never on the event loop. TessBaseAPI
// is not thread-safe, so an Engine refuses a second job while one runs; the JS pool gives each job its own Engine.
// It mirrors what tesseract.js's worker does for `recognize(image, params, { tsv: true })`: decode the image with
// leptonica, drop a PNG's alpha, set the per-job variables and restore them afterwards, return GetTSVText(0).
#include <napi.h>
#include <leptonica/allheaders.h>
#include <tesseract/baseapi.h>

#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace {

using Vars = std::vector<std::pair<std::string, std::string>>;

Vars ReadVars(const Napi::Value& value) {
  Vars vars;
  if (!value.IsObject()) return vars;
  Napi::Object obj = value.As<Napi::Object>();
  Napi::Array keys = obj.GetPropertyNames();
  for (uint32_t i = 0; i < keys.Length(); i++) {
    std::string key = keys.Get(i).ToString();
    vars.emplace_back(key, obj.Get(key).ToString().Utf8Value());
  }
  return vars;
}

class Engine : public Napi::ObjectWrap<Engine> {
 public:
  static Napi::Function Define(Napi::Env env) {
    return DefineClass(env, "Engine",
                       {InstanceMethod<&Engine::Recognize>("recognize"), InstanceMethod<&Engine::End>("end")});
  }

  explicit Engine(const Napi::CallbackInfo& info) : Napi::ObjectWrap<Engine>(info) {}

  // Called from the start worker's thread before the object is handed to JS.
  std::string Start(const std::string& datapath, const std::string& langs, const Vars& init_vars, const Vars& vars) {
    api_ = std::make_unique<tesseract::TessBaseAPI>();
    std::vector<std::string> names, values;
    for (const auto& [k, v] : init_vars) {
      names.push_back(k);
      values.push_back(v);
    }
    // LSTM only, as the tesseract.js workers (OEM.LSTM_ONLY); init-only variables (dictionaries) go in here.
    if (api_->Init(datapath.c_str(), langs.c_str(), tesseract::OEM_LSTM_ONLY, nullptr, 0, &names, &values, false) != 0) {
      api_.reset();
      return "tesseract could not load \"" + langs + "\" from " + datapath;
    }
    for (const auto& [k, v] : vars) {
      if (!api_->SetVariable(k.c_str(), v.c_str())) return "unknown tesseract variable " + k;
    }
    return "";
  }

  // Worker thread: one page → TSV (or an error message).
  bool Run(const std::vector<uint8_t>& image, const Vars& vars, std::string* tsv, std::string* error) {
    Pix* pix = pixReadMem(image.data(), image.size());
    if (pix == nullptr) {
      *error = "Error attempting to read image.";
      return false;
    }
    if (pixGetSpp(pix) == 4 && pixGetInputFormat(pix) == IFF_PNG) {
      // As tesseract.js's SetImageFile: a PNG's alpha is dropped (background assumed white).
      Pix* rgb = pixRemoveAlpha(pix);
      pixSetSpp(rgb, 3);
      pixCopy(pix, rgb);
      pixDestroy(&rgb);
    }
    // Per-job variables apply to this page only: the previous values are put back afterwards.
    Vars saved;
    bool ok = true;
    for (const auto& [k, v] : vars) {
      std::string old;
      if (!api_->GetVariableAsString(k.c_str(), &old) || !api_->SetVariable(k.c_str(), v.c_str())) {
        *error = "unknown tesseract variable " + k;
        ok = false;
        break;
      }
      saved.emplace_back(k, old);
    }
    if (ok) {
      api_->SetImage(pix);
      if (api_->Recognize(nullptr) != 0) {
        *error = "tesseract failed to recognise the page";
        ok = false;
      } else {
        char* text = api_->GetTSVText(0);
        *tsv = text ? text : "";
        delete[] text;
      }
      api_->Clear();
    }
    for (auto it = saved.rbegin(); it != saved.rend(); ++it) api_->SetVariable(it->first.c_str(), it->second.c_str());
    pixDestroy(&pix);
    return ok;
  }

  bool busy_ = false;
  bool ended_ = false;
  std::unique_ptr<tesseract::TessBaseAPI> api_;

 private:
  Napi::Value Recognize(const Napi::CallbackInfo& info);

  Napi::Value End(const Napi::CallbackInfo& info) {
    if (busy_) {
      // Freed by the running job when it completes.
      ended_ = true;
      return info.Env().Undefined();
    }
    ended_ = true;
    if (api_) api_->End();
    api_.reset();
    return info.Env().Undefined();
  }
};

class RecognizeWorker : public Napi::AsyncWorker {
 public:
  RecognizeWorker(Napi::Env env, Engine* engine, Napi::Object self, std::vector<uint8_t> image, Vars vars)
      : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)), engine_(engine),
        self_(Napi::Persistent(self)), image_(std::move(image)), vars_(std::move(vars)) {}

  Napi::Promise Promise() { return deferred_.Promise(); }

  void Execute() override {
    std::string error;
    if (!engine_->Run(image_, vars_, &tsv_, &error)) SetError(error);
  }

  void OnOK() override {
    Finish();
    deferred_.Resolve(Napi::String::New(Env(), tsv_));
  }

  void OnError(const Napi::Error& e) override {
    Finish();
    deferred_.Reject(e.Value());
  }

 private:
  void Finish() {
    engine_->busy_ = false;
    if (engine_->ended_ && engine_->api_) {
      engine_->api_->End();
      engine_->api_.reset();
    }
  }

  Napi::Promise::Deferred deferred_;
  Engine* engine_;
  Napi::ObjectReference self_;  // keeps the engine alive while its job runs
  std::vector<uint8_t> image_;
  Vars vars_;
  std::string tsv_;
};

Napi::Value Engine::Recognize(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (ended_ || !api_) throw Napi::Error::New(env, "tesseract engine ended");
  if (busy_) throw Napi::Error::New(env, "tesseract engine busy: one page at a time");
  if (info.Length() < 1 || !info[0].IsBuffer()) throw Napi::TypeError::New(env, "recognize(image: Buffer, vars?)");
  auto buffer = info[0].As<Napi::Buffer<uint8_t>>();
  std::vector<uint8_t> image(buffer.Data(), buffer.Data() + buffer.Length());
  auto* worker = new RecognizeWorker(env, this, info.This().As<Napi::Object>(), std::move(image),
                                     ReadVars(info.Length() > 1 ? info[1] : env.Undefined()));
  busy_ = true;
  worker->Queue();
  return worker->Promise();
}

class StartWorker : public Napi::AsyncWorker {
 public:
  StartWorker(Napi::Env env, Napi::Object engine, std::string datapath, std::string langs, Vars init_vars, Vars vars)
      : Napi::AsyncWorker(env), deferred_(Napi::Promise::Deferred::New(env)), self_(Napi::Persistent(engine)),
        engine_(Engine::Unwrap(engine)), datapath_(std::move(datapath)), langs_(std::move(langs)), init_vars_(std::move(init_vars)),
        vars_(std::move(vars)) {}

  Napi::Promise Promise() { return deferred_.Promise(); }

  void Execute() override {
    // No JS value may be touched here (another thread): the engine was unwrapped on the main thread.
    std::string error = engine_->Start(datapath_, langs_, init_vars_, vars_);
    if (!error.empty()) SetError(error);
  }

  void OnOK() override { deferred_.Resolve(self_.Value()); }
  void OnError(const Napi::Error& e) override { deferred_.Reject(e.Value()); }

 private:
  Napi::Promise::Deferred deferred_;
  Napi::ObjectReference self_;
  Engine* engine_;
  std::string datapath_, langs_;
  Vars init_vars_, vars_;
};

// createEngine(datapath, langs "fra+eng", initVars, vars) → Promise<Engine>
Napi::Value CreateEngine(const Napi::CallbackInfo& info) {
  Napi::Env env = info.Env();
  if (info.Length() < 2 || !info[0].IsString() || !info[1].IsString())
    throw Napi::TypeError::New(env, "createEngine(datapath: string, langs: string, initVars?, vars?)");
  auto* ctor = env.GetInstanceData<Napi::FunctionReference>();
  Napi::Object engine = ctor->New({});
  auto* worker = new StartWorker(env, engine, info[0].ToString(), info[1].ToString(),
                                 ReadVars(info.Length() > 2 ? info[2] : env.Undefined()),
                                 ReadVars(info.Length() > 3 ? info[3] : env.Undefined()));
  worker->Queue();
  return worker->Promise();
}

Napi::Object Init(Napi::Env env, Napi::Object exports) {
  Napi::Function engine = Engine::Define(env);
  env.SetInstanceData(new Napi::FunctionReference(Napi::Persistent(engine)));
  exports.Set("createEngine", Napi::Function::New(env, CreateEngine));
  exports.Set("version", Napi::String::New(env, tesseract::TessBaseAPI::Version()));
  return exports;
}

}  // namespace

NODE_API_MODULE(tajer_tesseract, Init)
